# Generated from templates/site/families.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'a9a2a716297a625cae253feaae07ed034c093f1595fe0882dc6feeca2ab7bfc2'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/families.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/families.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/families.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_families = resolve('families')
    pass
    yield '<h1>Families of care models</h1>\n<p class="nhsuk-lede-text">The HLP support pack groups its ten options under three headings.</p>\n'
    for l_1_f in (undefined(name='families') if l_0_families is missing else l_0_families):
        l_1_root = resolve('root')
        l_1_x = resolve('x')
        _loop_vars = {}
        pass
        yield '<h2 id="'
        yield escape(environment.getattr(l_1_f, 'id'))
        yield '"><a href="'
        yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
        yield 'families/'
        yield escape(environment.getattr(l_1_f, 'id'))
        yield '.html">'
        yield escape(environment.getattr(l_1_f, 'name'))
        yield '</a></h2>\n'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_1_x is missing else l_1_x), 'items'), environment.getattr(l_1_f, 'description'), _loop_vars=_loop_vars))
        yield '\n<ul class="nhsuk-list nhsuk-list--bullet">\n'
        for l_2_m in environment.getattr(l_1_f, 'models'):
            _loop_vars = {}
            pass
            yield '  <li><a href="'
            yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
            yield 'models/'
            yield escape(environment.getattr(l_2_m, 'id'))
            yield '.html">'
            yield escape(environment.getattr(l_2_m, 'name'))
            yield '</a> (option '
            yield escape(environment.getattr(l_2_m, 'option'))
            yield ')</li>\n'
        l_2_m = missing
        yield '</ul>\n'
    l_1_f = l_1_root = l_1_x = missing

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&6=30&7=36&8=44&10=46&11=50'
