# Generated from templates/brief-index.md.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'a597cfa974321d356e873c21d62a39df4828214b45e4af6db7fb404995c39591'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'brief-index.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_i = resolve('i')
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    pass
    yield '# Briefing packs: the ten new care models\n\nOne briefing pack per care model of the Healthy London Partnership support pack, for staff and boards.\n\n| Option | Care model | Family |\n|--:|---|---|\n'
    for l_1_m in environment.getattr((undefined(name='i') if l_0_i is missing else l_0_i), 'models'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.getattr(l_1_m, 'option'))
        yield ' | ['
        yield str(t_1(environment.getattr(l_1_m, 'name')))
        yield ']('
        yield str(environment.getattr(l_1_m, 'file'))
        yield ') | '
        yield str(t_1(environment.getattr(l_1_m, 'family')))
        yield ' |\n'
    l_1_m = missing
    yield '\n## Sources\n\n'
    for l_1_s in environment.getattr((undefined(name='i') if l_0_i is missing else l_0_i), 'sources'):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(environment.getattr(l_1_s, 'short'))
        yield '**: '
        yield str(environment.getattr(l_1_s, 'title'))
        if environment.getattr(l_1_s, 'author'):
            pass
            yield ', '
            yield str(environment.getattr(l_1_s, 'author'))
        if environment.getattr(l_1_s, 'date'):
            pass
            yield ', '
            yield str(environment.getattr(l_1_s, 'date'))
    l_1_s = missing
    yield '\n---\n\n*care-models '
    yield str(environment.getattr(environment.getattr((undefined(name='i') if l_0_i is missing else l_0_i), 'footer'), 'version'))
    yield ' · knowledge base `'
    yield str(environment.getattr(environment.getattr((undefined(name='i') if l_0_i is missing else l_0_i), 'footer'), 'kb')[:16])
    yield '`*\n'

blocks = {}
debug_info = '8=19&9=23&14=33&15=37&20=50'
