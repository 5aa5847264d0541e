# Generated from templates/model.md.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '25b2df1de0f32fe601b14aae08d9f6b7d6c679a1d589f82b1ae69cfce223dd2d'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'model.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_m = resolve('m')
    l_0_x = missing
    pass
    l_0_x = context.vars['x'] = environment.get_template('_macros.md.j2', 'model.md.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield '# '
    yield str(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'name'))
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'short_name'):
        pass
        yield ' ('
        yield str(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'short_name'))
        yield ')'
    yield '\n\nOption '
    yield str(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'option'))
    yield ' of the HLP support pack · family: '
    yield str(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'family'), 'name'))
    yield ' · id: `'
    yield str(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'id'))
    yield '`\n\n'
    yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'model_body'), (undefined(name='m') if l_0_m is missing else l_0_m), 2))
    yield '\n'

blocks = {}
debug_info = '1=13&2=16&5=23&7=29'
