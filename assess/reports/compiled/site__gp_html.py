# Generated from templates/site/gp.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '4581ecbabbb74b6cacbb22bec8986306ec748efc59a965ae354312f434ab6ee3'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/gp.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/gp.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/gp.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_x = resolve('x')
    l_0_intro = resolve('intro')
    l_0_traditional = resolve('traditional')
    l_0_variants = resolve('variants')
    l_0_landscape = resolve('landscape')
    l_0_networks = resolve('networks')
    l_0_vanguards = resolve('vanguards')
    l_0_fyfv = resolve('fyfv')
    pass
    yield '<h1>General practice and integration</h1>\n<p class="nhsuk-lede-text">The BMA General Practitioners Committee’s discussion paper (April 2015) on how GPs might work\n  within, and become architects of, the new integrated care models.</p>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='intro') if l_0_intro is missing else l_0_intro), _block_vars=_block_vars))
    yield '\n\n<h2 id="traditional-features">Features of traditional general practice to protect</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='traditional') if l_0_traditional is missing else l_0_traditional), _block_vars=_block_vars))
    yield '\n\n<h2 id="variants">Variants of MCP and PACS</h2>\n<p>The paper describes these variants; each is set out in full on its model’s page.</p>\n<ul class="nhsuk-list nhsuk-list--bullet">\n'
    for l_1_v in (undefined(name='variants') if l_0_variants is missing else l_0_variants):
        l_1_root = resolve('root')
        _loop_vars = {}
        pass
        yield '  <li><a href="'
        yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
        yield 'models/'
        yield escape(environment.getattr(l_1_v, 'model'))
        yield '.html#variant-'
        yield escape(environment.getattr(l_1_v, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_v, 'name'))
        yield '</a> ('
        yield escape(environment.getattr(l_1_v, 'model_name'))
        yield ')</li>\n'
    l_1_v = l_1_root = missing
    yield '</ul>\n\n'
    if (undefined(name='landscape') if l_0_landscape is missing else l_0_landscape):
        pass
        yield '<h2 id="landscape">General practice and the landscape around the models (April 2015)</h2>\n'
        for l_1_t in (undefined(name='landscape') if l_0_landscape is missing else l_0_landscape):
            l_1_root = resolve('root')
            _loop_vars = {}
            pass
            yield '<h3 id="'
            yield escape(environment.getattr(l_1_t, 'id'))
            yield '">'
            yield escape(environment.getattr(l_1_t, 'title'))
            yield '</h3>\n'
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_t, 'points'), _loop_vars=_loop_vars))
            yield '\n'
            if environment.getattr(l_1_t, 'since'):
                pass
                yield '<div class="nhsuk-inset-text">\n  <span class="nhsuk-u-visually-hidden">Information: </span>\n  <p><strong>Since the sources</strong> (<a href="'
                yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
                yield 'since.html">what has changed</a>):</p>\n'
                for l_2_s in environment.getattr(l_1_t, 'since'):
                    _loop_vars = {}
                    pass
                    yield '  '
                    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'since_statement'), (undefined(name='root') if l_1_root is missing else l_1_root), l_2_s, _loop_vars=_loop_vars))
                    yield '\n'
                l_2_s = missing
                yield '</div>\n'
        l_1_t = l_1_root = missing
    yield '\n<h2 id="gp-networks">GP networks</h2>\n'
    for l_1_n in (undefined(name='networks') if l_0_networks is missing else l_0_networks):
        _loop_vars = {}
        pass
        yield '<h3 id="'
        yield escape(environment.getattr(l_1_n, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_n, 'title'))
        yield '</h3>\n'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_n, 'points'), _loop_vars=_loop_vars))
        yield '\n'
    l_1_n = missing
    yield '\n<h2 id="vanguards">Vanguard sites (March 2015)</h2>\n'
    for l_1_v in (undefined(name='vanguards') if l_0_vanguards is missing else l_0_vanguards):
        l_1_root = resolve('root')
        _loop_vars = {}
        pass
        yield '<h3 id="'
        yield escape(environment.getattr(l_1_v, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_v, 'name'))
        yield '</h3>\n<p>'
        yield escape(environment.getattr(l_1_v, 'description'))
        if environment.getattr(l_1_v, 'model'):
            pass
            yield ' (see <a href="'
            yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
            yield 'models/'
            yield escape(environment.getattr(l_1_v, 'model'))
            yield '.html">'
            yield escape(environment.getattr(l_1_v, 'model_name'))
            yield '</a>)'
        yield ' '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'source'), environment.getattr(l_1_v, 'cite'), _loop_vars=_loop_vars))
        yield '</p>\n<ol class="nhsuk-list nhsuk-list--number app-columns">\n'
        for l_2_s in environment.getattr(l_1_v, 'sites'):
            _loop_vars = {}
            pass
            yield '  <li>'
            yield escape(l_2_s)
            yield '</li>\n'
        l_2_s = missing
        yield '</ol>\n'
    l_1_v = l_1_root = missing
    yield '\n<h2 id="five-year-forward-view">What the Five Year Forward View says</h2>\n<ul class="nhsuk-list nhsuk-list--bullet">\n'
    for l_1_e in (undefined(name='fyfv') if l_0_fyfv is missing else l_0_fyfv):
        l_1_root = resolve('root')
        _loop_vars = {}
        pass
        yield '  <li>'
        if environment.getattr(l_1_e, 'model'):
            pass
            yield '<a href="'
            yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
            yield 'models/'
            yield escape(environment.getattr(l_1_e, 'model'))
            yield '.html">'
            yield escape(environment.getattr(l_1_e, 'model_name'))
            yield '</a>: '
        yield escape(environment.getattr(l_1_e, 'text'))
        yield ' '
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'source'), environment.getattr(l_1_e, 'cite'), True, _loop_vars=_loop_vars))
        yield '</li>\n'
    l_1_e = l_1_root = missing
    yield '</ul>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&7=37&10=39&15=41&16=46&20=58&22=61&23=66&24=70&25=72&28=75&29=77&30=81&38=87&39=91&40=95&44=99&45=104&46=108&48=121&49=125&56=131&57=136'
