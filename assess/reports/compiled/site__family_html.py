# Generated from templates/site/family.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '5a8c0d3ed9f7abfb1255465305eb9e63a3c7d7337bb189d1e17a8b2081daeeb9'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/family.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/family.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/family.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_f = resolve('f')
    l_0_x = resolve('x')
    pass
    yield '<span class="nhsuk-caption-l">Family of care models</span>\n<h1>'
    yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
    yield '</h1>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'description'), _block_vars=_block_vars))
    yield '\n<h2>Models in this family</h2>\n<ul class="nhsuk-grid-row nhsuk-card-group">\n'
    for l_1_m in environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'models'):
        l_1_root = resolve('root')
        _loop_vars = {}
        pass
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'model_card'), (undefined(name='root') if l_1_root is missing else l_1_root), l_1_m, _loop_vars=_loop_vars))
        yield '\n'
    l_1_m = l_1_root = missing
    yield '</ul>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&5=31&6=33&9=35&10=39'
