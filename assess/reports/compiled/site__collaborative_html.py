# Generated from templates/site/collaborative.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'dba7bfdbec7ac35c82b87a45c40e9f2ca59b6eb240cd854135afa496bb4c23b9'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/collaborative.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/collaborative.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/collaborative.html.j2')._get_default_module(context)
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
    l_0_alternatives = resolve('alternatives')
    pass
    yield '<h1>Collaborative alternatives</h1>\n<p class="nhsuk-lede-text">Lighter ways of working together that can be used alongside, or instead of, a new care model.</p>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='intro') if l_0_intro is missing else l_0_intro), _block_vars=_block_vars))
    yield '\n'
    for l_1_a in (undefined(name='alternatives') if l_0_alternatives is missing else l_0_alternatives):
        _loop_vars = {}
        pass
        yield '<h2 id="'
        yield escape(environment.getattr(l_1_a, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_a, 'name'))
        yield '</h2>\n'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_a, 'description'), _loop_vars=_loop_vars))
        yield '\n'
        if environment.getattr(l_1_a, 'examples'):
            pass
            yield '<h3>Examples</h3>\n'
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'example_list'), environment.getattr(l_1_a, 'examples'), _loop_vars=_loop_vars))
            yield '\n'
        yield '<h3>When it fits</h3>\n'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_a, 'when_fits'), _loop_vars=_loop_vars))
        yield '\n'
    l_1_a = missing

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&6=32&7=34&8=38&9=42&10=44&12=47&15=50'
