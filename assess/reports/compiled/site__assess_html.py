# Generated from templates/site/assess.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '26b64e8fdd4d3543ee9062c7ada7d581fe24acfae3a94c3032df0d117a7c1fda'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/assess.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/assess.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/assess.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_paper_scripts = resolve('paper_scripts')
    l_0_q = resolve('q')
    l_0_x = resolve('x')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '<div id="assess-root" class="app-assess" data-paper-scripts="'
    yield escape(t_1(context.eval_ctx, (undefined(name='paper_scripts') if l_0_paper_scripts is missing else l_0_paper_scripts), ' '))
    yield '">\n'
    if (undefined(name='q') if l_0_q is missing else l_0_q):
        pass
        yield '<h1>'
        yield escape(environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'title'))
        yield '</h1>\n'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'intro'), _block_vars=_block_vars))
        yield '\n<div class="nhsuk-warning-callout app-nojs">\n  <h2 class="nhsuk-warning-callout__label">The assessment needs JavaScript<span class="nhsuk-u-visually-hidden">:</span></h2>\n  <p>The interactive assessment runs in your browser. If it does not start, JavaScript is off or blocked: you can still read\n    the questions below and answer them on paper, or run the same assessment in a terminal with <code>assess run</code>.</p>\n</div>\n<h2 id="questions">Up to '
        yield escape(environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'count'))
        yield ' questions</h2>\n<p>Some questions are asked only when an earlier answer makes them relevant. Every question accepts “I don’t know”.</p>\n'
        for l_1_s in environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'sections'):
            _loop_vars = {}
            pass
            yield '<h3 id="section-'
            yield escape(environment.getattr(l_1_s, 'id'))
            yield '">'
            yield escape(environment.getattr(l_1_s, 'title'))
            yield '</h3>\n<ol class="nhsuk-list nhsuk-list--number">\n'
            for l_2_question in environment.getattr(l_1_s, 'questions'):
                _loop_vars = {}
                pass
                yield '  <li>'
                yield escape(environment.getattr(l_2_question, 'text'))
                if environment.getattr(l_2_question, 'conditional'):
                    pass
                    yield ' <span class="app-source">(asked only in some cases)</span>'
                if environment.getattr(l_2_question, 'options'):
                    pass
                    yield '    <ul class="nhsuk-list nhsuk-list--bullet app-options">\n'
                    for l_3_o in environment.getattr(l_2_question, 'options'):
                        _loop_vars = {}
                        pass
                        yield '      <li>'
                        yield escape(l_3_o)
                        yield '</li>\n'
                    l_3_o = missing
                    yield '    </ul>\n'
                yield '  </li>\n'
            l_2_question = missing
            yield '</ol>\n'
        l_1_s = missing
    else:
        pass
        yield '<h1>Assessment: which care model fits?</h1>\n<p>This build of the site has no assessment questionnaire. Run the assessment in a terminal with <code>assess run</code>.</p>\n'
    yield '</div>\n'

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_q = resolve('q')
    l_0_asset = resolve('asset')
    l_0_scripts = resolve('scripts')
    pass
    if (undefined(name='q') if l_0_q is missing else l_0_q):
        pass
        yield '<script src="'
        yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), 'questionnaire.js', _block_vars=_block_vars))
        yield '"></script>\n'
        for l_1_src in (undefined(name='scripts') if l_0_scripts is missing else l_0_scripts):
            _loop_vars = {}
            pass
            yield '<script src="'
            yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), l_1_src, _loop_vars=_loop_vars))
            yield '"></script>\n'
        l_1_src = missing

blocks = {'content': block_content, 'scripts': block_scripts}
debug_info = '1=13&2=16&3=20&4=38&5=40&6=43&7=45&13=47&15=49&16=53&18=57&19=61&20=65&22=68&23=72&37=85&38=96&39=99&40=101&41=105'
