# Generated from templates/site/compare.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '0aebca44a4d8b46dac66651290f3a8ec4866cb9cd6d46f171b58fd0fb3d5da6c'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/compare.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/compare.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/compare.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_min = resolve('min')
    l_0_max = resolve('max')
    l_0_models = resolve('models')
    l_0_sections = resolve('sections')
    l_0_derived_count = resolve('derived_count')
    l_0_link_count = resolve('link_count')
    l_0_x = resolve('x')
    l_0_objectives = resolve('objectives')
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    yield '<h1>Compare the care models</h1>\n<p class="nhsuk-lede-text">Choose '
    yield escape((undefined(name='min') if l_0_min is missing else l_0_min))
    yield ' to '
    yield escape((undefined(name='max') if l_0_max is missing else l_0_max))
    yield ' care models to see them side by side, section by section: overview,\n  examples, business case, benefits, barriers, governance, regulation and workforce, with the source of every point.</p>\n\n<div id="compare-root" class="app-jsonly">\n<form id="choose" class="app-compare__form app-noprint" novalidate>\n  <div class="nhsuk-form-group" id="choose-group">\n    <fieldset class="nhsuk-fieldset" aria-describedby="choose-hint">\n      <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">\n        <h2 class="nhsuk-fieldset__heading">Which care models do you want to compare?</h2>\n      </legend>\n      <div class="nhsuk-hint" id="choose-hint">Select '
    yield escape((undefined(name='min') if l_0_min is missing else l_0_min))
    yield ' to '
    yield escape((undefined(name='max') if l_0_max is missing else l_0_max))
    yield ' models. The page address keeps your choice, so you can bookmark or share it.</div>\n      <div class="nhsuk-checkboxes">\n'
    for l_1_m in (undefined(name='models') if l_0_models is missing else l_0_models):
        _loop_vars = {}
        pass
        yield '        <div class="nhsuk-checkboxes__item">\n          <input class="nhsuk-checkboxes__input" id="model-'
        yield escape(environment.getattr(l_1_m, 'id'))
        yield '" name="model" type="checkbox" value="'
        yield escape(environment.getattr(l_1_m, 'id'))
        yield '">\n          <label class="nhsuk-label nhsuk-checkboxes__label" for="model-'
        yield escape(environment.getattr(l_1_m, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_m, 'name'))
        yield '</label>\n        </div>\n'
    l_1_m = missing
    yield '      </div>\n    </fieldset>\n  </div>\n  <button type="submit" class="nhsuk-button">Compare</button>\n</form>\n<div id="comparison"></div>\n</div>\n\n<div class="nhsuk-inset-text app-nojs">\n  <span class="nhsuk-u-visually-hidden">Information: </span>\n  <p>Putting models side by side needs JavaScript, which is off or blocked in this browser. Every model’s page has the\n    same sections in the same order: open one section of every model from the lists below, or each model’s page:\n'
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext((undefined(name='models') if l_0_models is missing else l_0_models), undefined):
        l_1_root = resolve('root')
        _loop_vars = {}
        pass
        yield '<a href="'
        yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
        yield 'models/'
        yield escape(environment.getattr(l_1_m, 'id'))
        yield '.html">'
        yield escape(environment.getattr(l_1_m, 'short'))
        yield '</a>'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_m = l_1_root = missing
    yield '.</p>\n</div>\n\n<h2 id="sections">One section of every model</h2>\n<p>Each link opens that section of the model’s page.</p>\n<ul class="nhsuk-list app-section-links">\n'
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext((undefined(name='sections') if l_0_sections is missing else l_0_sections), undefined):
        _loop_vars = {}
        pass
        yield '  <li><strong>'
        yield escape(environment.getattr(l_1_s, 'title'))
        yield '</strong>:\n'
        l_2_loop = missing
        for l_2_m, l_2_loop in LoopContext((undefined(name='models') if l_0_models is missing else l_0_models), undefined):
            l_2_root = resolve('root')
            _loop_vars = {}
            pass
            yield '    <a href="'
            yield escape((undefined(name='root') if l_2_root is missing else l_2_root))
            yield 'models/'
            yield escape(environment.getattr(l_2_m, 'id'))
            yield '.html#'
            yield escape(environment.getattr(l_1_s, 'anchor'))
            yield '" title="'
            yield escape(environment.getattr(l_2_m, 'name'))
            yield ': '
            yield escape(t_1(environment.getattr(l_1_s, 'title')))
            yield '">'
            yield escape(environment.getattr(l_2_m, 'short'))
            yield '</a>'
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                yield '<span aria-hidden="true"> ·</span>'
        l_2_loop = l_2_m = l_2_root = missing
        yield '  </li>\n'
    l_1_loop = l_1_s = missing
    yield '</ul>\n\n<h2 id="objectives">Models and objectives</h2>\n<p>Which models serve each of the Quick Guide’s objectives. The pack’s own summary slide is a picture missing from its\n  text, so '
    if ((undefined(name='derived_count') if l_0_derived_count is missing else l_0_derived_count) == (undefined(name='link_count') if l_0_link_count is missing else l_0_link_count)):
        pass
        yield 'every link below is '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'tag_derived'), _block_vars=_block_vars))
    else:
        pass
        yield escape((undefined(name='derived_count') if l_0_derived_count is missing else l_0_derived_count))
        yield ' of the\n  '
        yield escape((undefined(name='link_count') if l_0_link_count is missing else l_0_link_count))
        yield ' links, marked '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'tag_derived'), _block_vars=_block_vars))
        yield ', are'
    yield ': read by this tool from the models’ texts,\n  and each model’s page gives the passage every link rests on.</p>\n<ul class="nhsuk-list nhsuk-list--bullet app-objectives">\n'
    l_1_loop = missing
    for l_1_o, l_1_loop in LoopContext((undefined(name='objectives') if l_0_objectives is missing else l_0_objectives), undefined):
        _loop_vars = {}
        pass
        yield '  <li id="objective-'
        yield escape(environment.getattr(l_1_o, 'id'))
        yield '"><strong>'
        yield escape(environment.getattr(l_1_o, 'name'))
        yield '</strong>'
        if environment.getattr(l_1_o, 'core'):
            pass
            yield ' (core objective)'
        yield ':\n'
        if environment.getattr(l_1_o, 'models'):
            pass
            l_2_loop = missing
            for l_2_m, l_2_loop in LoopContext(environment.getattr(l_1_o, 'models'), undefined):
                l_2_root = resolve('root')
                _loop_vars = {}
                pass
                yield '    <a href="'
                yield escape((undefined(name='root') if l_2_root is missing else l_2_root))
                yield 'models/'
                yield escape(environment.getattr(l_2_m, 'id'))
                yield '.html#objectives" title="'
                yield escape(environment.getattr(l_2_m, 'name'))
                yield '">'
                yield escape(environment.getattr(l_2_m, 'short'))
                yield '</a>'
                if (environment.getattr(l_2_m, 'derived') and ((undefined(name='derived_count') if l_0_derived_count is missing else l_0_derived_count) != (undefined(name='link_count') if l_0_link_count is missing else l_0_link_count))):
                    pass
                    yield ' <span class="app-source">(our judgement)</span>'
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield ','
            l_2_loop = l_2_m = l_2_root = missing
        else:
            pass
            yield '    no model is linked to it\n'
        yield '  </li>\n'
    l_1_loop = l_1_o = missing
    yield '</ul>\n'

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_asset = resolve('asset')
    pass
    yield '<script src="'
    yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), 'compare-data.js', _block_vars=_block_vars))
    yield '"></script>\n<script src="'
    yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), 'dom.js', _block_vars=_block_vars))
    yield '"></script>\n<script src="'
    yield escape(context.call((undefined(name='asset') if l_0_asset is missing else l_0_asset), 'compare.js', _block_vars=_block_vars))
    yield '"></script>\n'

blocks = {'content': block_content, 'scripts': block_scripts}
debug_info = '1=13&2=16&3=20&5=43&15=47&17=51&19=55&20=59&35=66&41=83&42=87&43=90&51=114&52=122&55=128&56=132&57=140&58=143&67=170&68=180&69=182&70=184'
