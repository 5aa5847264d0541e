# Generated from templates/site/sources.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '005c7cffc0710f50fb49712941708253122a97d1ed65b504fb3ba860c442c764'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/sources.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/sources.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/sources.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_sources = resolve('sources')
    pass
    yield '<h1>Sources</h1>\n<p class="nhsuk-lede-text">Everything on this site comes from five public documents. Every statement cites the\n  document and the section or slide it comes from; the project’s own judgements are marked <strong>derived</strong>.</p>\n'
    for l_1_s in (undefined(name='sources') if l_0_sources is missing else l_0_sources):
        _loop_vars = {}
        pass
        yield '<h2 id="'
        yield escape(environment.getattr(l_1_s, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_s, 'short'))
        yield '</h2>\n<dl class="nhsuk-summary-list">\n  <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Title</dt><dd class="nhsuk-summary-list__value">'
        yield escape(environment.getattr(l_1_s, 'title'))
        yield '</dd></div>\n'
        if environment.getattr(l_1_s, 'author'):
            pass
            yield '<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Author</dt><dd class="nhsuk-summary-list__value">'
            yield escape(environment.getattr(l_1_s, 'author'))
            yield '</dd></div>'
        if environment.getattr(l_1_s, 'date'):
            pass
            yield '<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Date</dt><dd class="nhsuk-summary-list__value">'
            yield escape(environment.getattr(l_1_s, 'date'))
            yield '</dd></div>'
        if environment.getattr(l_1_s, 'summary'):
            pass
            yield '<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">What it gives</dt><dd class="nhsuk-summary-list__value">'
            yield escape(environment.getattr(l_1_s, 'summary'))
            yield '</dd></div>'
        yield '  <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Cited</dt><dd class="nhsuk-summary-list__value">'
        yield escape(environment.getattr(l_1_s, 'count'))
        yield ' times</dd></div>\n</dl>\n'
        if environment.getattr(l_1_s, 'cited_by'):
            pass
            yield '<details class="nhsuk-details">\n  <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Where it is cited</span></summary>\n  <div class="nhsuk-details__text">\n    <ul class="nhsuk-list nhsuk-list--bullet">\n'
            for l_2_c in environment.getattr(l_1_s, 'cited_by'):
                l_2_root = resolve('root')
                _loop_vars = {}
                pass
                yield '      <li><a href="'
                yield escape((undefined(name='root') if l_2_root is missing else l_2_root))
                yield escape(environment.getattr(l_2_c, 'path'))
                yield '">'
                yield escape(environment.getattr(l_2_c, 'title'))
                yield '</a> ('
                yield escape(environment.getattr(l_2_c, 'count'))
                yield ')</li>\n'
            l_2_c = l_2_root = missing
            yield '    </ul>\n  </div>\n</details>\n'
    l_1_s = missing

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&7=30&8=34&10=38&11=40&12=45&13=50&14=56&16=58&21=61&22=66'
