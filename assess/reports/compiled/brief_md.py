# Generated from templates/brief.md.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '4ee4201ce64f31694d14a55d506761f8ec09c697f449559fb58be95109232e54'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'brief.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_b = resolve('b')
    l_0_x = l_0_m = missing
    pass
    l_0_x = context.vars['x'] = environment.get_template('_macros.md.j2', 'brief.md.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    l_0_m = environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'm')
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    yield '# '
    yield str(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'name'))
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'short_name'):
        pass
        yield ' ('
        yield str(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'short_name'))
        yield ')'
    yield ': briefing pack\n\nOption '
    yield str(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'option'))
    yield ' of the HLP support pack · family: '
    yield str(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'family'), 'name'))
    yield ' · for staff and boards\n\n'
    yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'overview'), (undefined(name='m') if l_0_m is missing else l_0_m), 2))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'examples'), (undefined(name='m') if l_0_m is missing else l_0_m), 2))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'business_case'), (undefined(name='m') if l_0_m is missing else l_0_m), 2))
    yield '\n'
    for l_1_s in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'sections'):
        _loop_vars = {}
        pass
        yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'section'), (undefined(name='m') if l_0_m is missing else l_0_m), l_1_s, 2, _loop_vars=_loop_vars))
        yield '\n'
    l_1_s = missing
    yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'variants'), (undefined(name='m') if l_0_m is missing else l_0_m), 2))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'objectives'), (undefined(name='m') if l_0_m is missing else l_0_m), 2))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'related'), (undefined(name='m') if l_0_m is missing else l_0_m), 2))
    yield '\n## Related legal forms\n\n'
    if environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'legal'):
        pass
        yield 'The legal models below are the ones whose passages in the sources name this model; the matching passages are quoted.\n\n'
        for l_1_l in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'legal'):
            _loop_vars = {}
            pass
            yield '### '
            yield str(environment.getattr(l_1_l, 'name'))
            yield ' ('
            yield str(environment.getattr(l_1_l, 'level'))
            yield ' formal)\n\n'
            yield str(environment.getattr(environment.getattr(l_1_l, 'formality'), 'text'))
            yield ' *('
            yield str(environment.getattr(environment.getattr(l_1_l, 'formality'), 'cite'))
            yield ')*\n\n'
            yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_l, 'evidence'), _loop_vars=_loop_vars))
            yield '\n'
        l_1_l = missing
        for l_1_v in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'levels'):
            _loop_vars = {}
            pass
            yield '### Pros and cons of '
            yield str(environment.getattr(l_1_v, 'level'))
            yield ' formal legal models\n\n**Pros**\n\n'
            yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_v, 'pros'), _loop_vars=_loop_vars))
            yield '\n**Cons**\n\n'
            yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_v, 'cons'), _loop_vars=_loop_vars))
            yield '\n'
        l_1_v = missing
    else:
        pass
        yield 'The sources do not connect a particular legal model with this model.\n\n'
    yield '### The legal options\n\n'
    yield str(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'legal_intro')))
    yield '\n\n## Check-and-challenge questions\n\n'
    for l_1_g in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'challenges'):
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.getattr(l_1_g, 'theme'))
        yield '\n\n'
        for l_2_c in environment.getitem(l_1_g, 'items'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.getattr(l_2_c, 'text'))
            yield ' *('
            yield str(environment.getattr(l_2_c, 'cite'))
            yield ')*\n'
        l_2_c = missing
        yield '\n'
        if environment.getattr(l_1_g, 'note'):
            pass
            yield "*Why these questions are here (this tool's judgement): "
            yield str(environment.getattr(l_1_g, 'note'))
            yield '*\n\n'
    l_1_g = missing
    yield '## Sources\n\n'
    for l_1_s in environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'sources'):
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
    yield "\nStatements marked as this tool's judgement are the project's own reading of the passages they cite; everything else quotes or summarises the source named after it.\n\n*"
    yield str(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'as_at'))
    yield '*\n\n---\n\n*care-models '
    yield str(environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'footer'), 'version'))
    yield ' · knowledge base `'
    yield str(environment.getattr(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'footer'), 'kb')[:16])
    yield '`*\n'

blocks = {}
debug_info = '2=13&3=15&4=19&6=26&8=30&9=32&10=34&11=36&12=39&14=42&15=44&16=46&19=48&22=51&23=55&25=59&27=63&29=66&30=70&34=72&37=74&45=81&49=83&50=87&52=89&53=93&56=99&57=102&63=106&64=110&69=123&73=125'
