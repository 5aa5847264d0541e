# Generated from templates/_macros.md.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '1508a8a7e56d157a47ef8d24ac1a05931d0eff384ee99c674b71acaf59db8eb4'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_items = l_0_h = l_0_overview = l_0_examples = l_0_business_case = l_0_section = l_0_objectives = l_0_related = l_0_variants = l_0_model_body = missing
    pass
    def macro(l_1_group):
        t_1 = []
        if l_1_group is missing:
            l_1_group = undefined("parameter 'group' was not provided", name='group')
        pass
        for l_2_i in environment.getitem(l_1_group, 'items'):
            _loop_vars = {}
            pass
            t_1.extend((
                '- ',
                str(environment.getattr(l_2_i, 'text')),
            ))
            if (not environment.getattr(l_1_group, 'shared_cite')):
                pass
                t_1.extend((
                    ' *(',
                    str(environment.getattr(l_2_i, 'cite')),
                    ')*',
                ))
            t_1.append(
                '\n',
            )
        l_2_i = missing
        if environment.getattr(l_1_group, 'shared_cite'):
            pass
            t_1.extend((
                '\n*Source: ',
                str(environment.getattr(l_1_group, 'shared_cite')),
                '*\n',
            ))
        return concat(t_1)
    context.exported_vars.add('items')
    context.vars['items'] = l_0_items = Macro(environment, macro, 'items', ('group',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_level, l_1_title):
        t_2 = []
        if l_1_level is missing:
            l_1_level = undefined("parameter 'level' was not provided", name='level')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        pass
        t_2.extend((
            str(('#' * l_1_level)),
            ' ',
            str(l_1_title),
        ))
        return concat(t_2)
    context.exported_vars.add('h')
    context.vars['h'] = l_0_h = Macro(environment, macro, 'h', ('level', 'title'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m, l_1_level):
        t_3 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_level is missing:
            l_1_level = 2
        pass
        t_3.extend((
            str(context.call((undefined(name='h') if l_0_h is missing else l_0_h), l_1_level, 'Overview')),
            '\n\n',
            str(environment.getattr(environment.getattr(l_1_m, 'overview'), 'text')),
            '\n\n*Source: ',
            str(environment.getattr(environment.getattr(l_1_m, 'overview'), 'cite')),
            '*\n\n',
            str(context.call((undefined(name='items') if l_0_items is missing else l_0_items), environment.getattr(l_1_m, 'overview_points'))),
            '\n',
        ))
        return concat(t_3)
    context.exported_vars.add('overview')
    context.vars['overview'] = l_0_overview = Macro(environment, macro, 'overview', ('m', 'level'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m, l_1_level):
        t_4 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_level is missing:
            l_1_level = 2
        pass
        t_4.extend((
            str(context.call((undefined(name='h') if l_0_h is missing else l_0_h), l_1_level, 'Examples')),
            '\n\n',
        ))
        for l_2_e in environment.getattr(l_1_m, 'examples'):
            _loop_vars = {}
            pass
            t_4.extend((
                '- **',
                str(environment.getattr(l_2_e, 'organisation')),
                '**',
            ))
            if environment.getattr(l_2_e, 'text'):
                pass
                t_4.extend((
                    ': ',
                    str(environment.getattr(l_2_e, 'text')),
                ))
            t_4.extend((
                ' *(',
                str(environment.getattr(l_2_e, 'cite')),
                ')*\n',
            ))
        l_2_e = missing
        if environment.getattr(l_1_m, 'examples_note'):
            pass
            t_4.extend((
                str(environment.getattr(environment.getattr(l_1_m, 'examples_note'), 'text')),
                ' *(',
                str(environment.getattr(environment.getattr(l_1_m, 'examples_note'), 'cite')),
                ')*\n',
            ))
        t_4.append(
            '\n',
        )
        return concat(t_4)
    context.exported_vars.add('examples')
    context.vars['examples'] = l_0_examples = Macro(environment, macro, 'examples', ('m', 'level'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m, l_1_level):
        t_5 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_level is missing:
            l_1_level = 2
        pass
        t_5.extend((
            str(context.call((undefined(name='h') if l_0_h is missing else l_0_h), l_1_level, 'Business case: key issues')),
            '\n\n',
        ))
        if environment.getattr(l_1_m, 'business_intro'):
            pass
            t_5.extend((
                str(environment.getattr(environment.getattr(l_1_m, 'business_intro'), 'text')),
                '\n\n',
            ))
        for l_2_group in environment.getattr(l_1_m, 'business_case'):
            _loop_vars = {}
            pass
            t_5.extend((
                str(context.call((undefined(name='h') if l_0_h is missing else l_0_h), (l_1_level + 1), environment.getattr(l_2_group, 'title'), _loop_vars=_loop_vars)),
                '\n\n',
                str(context.call((undefined(name='items') if l_0_items is missing else l_0_items), l_2_group, _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_group = missing
        return concat(t_5)
    context.exported_vars.add('business_case')
    context.vars['business_case'] = l_0_business_case = Macro(environment, macro, 'business_case', ('m', 'level'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m, l_1_s, l_1_level):
        t_6 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_level is missing:
            l_1_level = 2
        pass
        t_6.extend((
            str(context.call((undefined(name='h') if l_0_h is missing else l_0_h), l_1_level, environment.getattr(l_1_s, 'title'))),
            '\n\n',
        ))
        if ((environment.getattr(l_1_s, 'key') == 'workforce') and environment.getattr(l_1_m, 'workforce_note')):
            pass
            t_6.extend((
                str(environment.getattr(environment.getattr(l_1_m, 'workforce_note'), 'text')),
                ' *(',
                str(environment.getattr(environment.getattr(l_1_m, 'workforce_note'), 'cite')),
                ')*\n\n',
            ))
        t_6.extend((
            str(context.call((undefined(name='items') if l_0_items is missing else l_0_items), l_1_s)),
            '\n',
        ))
        return concat(t_6)
    context.exported_vars.add('section')
    context.vars['section'] = l_0_section = Macro(environment, macro, 'section', ('m', 's', 'level'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m, l_1_level):
        t_7 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_level is missing:
            l_1_level = 2
        pass
        if environment.getattr(l_1_m, 'objectives'):
            pass
            t_7.extend((
                str(context.call((undefined(name='h') if l_0_h is missing else l_0_h), l_1_level, 'Objectives it serves')),
                '\n\n',
            ))
            for l_2_o in environment.getattr(l_1_m, 'objectives'):
                _loop_vars = {}
                pass
                t_7.extend((
                    '- ',
                    str(environment.getattr(l_2_o, 'name')),
                    ': ',
                    str(environment.getattr(l_2_o, 'rationale')),
                    " *(this tool's judgement, from ",
                    str(environment.getattr(l_2_o, 'cite')),
                    ')*\n',
                ))
            l_2_o = missing
            t_7.append(
                '\n',
            )
        return concat(t_7)
    context.exported_vars.add('objectives')
    context.vars['objectives'] = l_0_objectives = Macro(environment, macro, 'objectives', ('m', 'level'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m, l_1_level):
        t_8 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_level is missing:
            l_1_level = 2
        pass
        if environment.getattr(l_1_m, 'related'):
            pass
            t_8.extend((
                str(context.call((undefined(name='h') if l_0_h is missing else l_0_h), l_1_level, 'Related models')),
                '\n\n',
            ))
            for l_2_r in environment.getattr(l_1_m, 'related'):
                _loop_vars = {}
                pass
                t_8.extend((
                    '- **',
                    str(environment.getattr(l_2_r, 'name')),
                    '**: ',
                    str(environment.getattr(l_2_r, 'text')),
                    ' *(',
                    str(environment.getattr(l_2_r, 'cite')),
                    ')*\n',
                ))
            l_2_r = missing
            t_8.append(
                '\n',
            )
        return concat(t_8)
    context.exported_vars.add('related')
    context.vars['related'] = l_0_related = Macro(environment, macro, 'related', ('m', 'level'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m, l_1_level, l_1_features):
        t_9 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_level is missing:
            l_1_level = 2
        if l_1_features is missing:
            l_1_features = True
        pass
        l_2_loop = missing
        for l_2_v, l_2_loop in LoopContext(environment.getattr(l_1_m, 'variants'), undefined):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_loop, 'first'):
                pass
                t_9.extend((
                    str(context.call((undefined(name='h') if l_0_h is missing else l_0_h), l_1_level, 'Variants (BMA GPC, 2015)', _loop_vars=_loop_vars)),
                    '\n\n',
                ))
            t_9.extend((
                str(context.call((undefined(name='h') if l_0_h is missing else l_0_h), (l_1_level + 1), environment.getattr(l_2_v, 'name'), _loop_vars=_loop_vars)),
                '\n\n',
                str(context.call((undefined(name='items') if l_0_items is missing else l_0_items), environment.getattr(l_2_v, 'description'), _loop_vars=_loop_vars)),
                '\n',
            ))
            if (l_1_features and environment.getitem(environment.getattr(l_2_v, 'features'), 'items')):
                pass
                t_9.extend((
                    '**Features**\n\n',
                    str(context.call((undefined(name='items') if l_0_items is missing else l_0_items), environment.getattr(l_2_v, 'features'), _loop_vars=_loop_vars)),
                    '\n',
                ))
            if (l_1_features and environment.getitem(environment.getattr(l_2_v, 'early_features'), 'items')):
                pass
                t_9.extend((
                    '**Early features**\n\n',
                    str(context.call((undefined(name='items') if l_0_items is missing else l_0_items), environment.getattr(l_2_v, 'early_features'), _loop_vars=_loop_vars)),
                    '\n',
                ))
            if (l_1_features and environment.getitem(environment.getattr(l_2_v, 'mature_features'), 'items')):
                pass
                t_9.extend((
                    '**Mature features**\n\n',
                    str(context.call((undefined(name='items') if l_0_items is missing else l_0_items), environment.getattr(l_2_v, 'mature_features'), _loop_vars=_loop_vars)),
                    '\n',
                ))
            for l_3_e in environment.getattr(l_2_v, 'examples'):
                _loop_vars = {}
                pass
                t_9.extend((
                    '- Example: **',
                    str(environment.getattr(l_3_e, 'organisation')),
                    '**',
                ))
                if environment.getattr(l_3_e, 'text'):
                    pass
                    t_9.extend((
                        ': ',
                        str(environment.getattr(l_3_e, 'text')),
                    ))
                t_9.extend((
                    ' *(',
                    str(environment.getattr(l_3_e, 'cite')),
                    ')*\n',
                ))
            l_3_e = missing
            t_9.append(
                '\n',
            )
        l_2_loop = l_2_v = missing
        return concat(t_9)
    context.exported_vars.add('variants')
    context.vars['variants'] = l_0_variants = Macro(environment, macro, 'variants', ('m', 'level', 'features'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m, l_1_level):
        t_10 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_level is missing:
            l_1_level = 2
        pass
        t_10.extend((
            str(context.call((undefined(name='overview') if l_0_overview is missing else l_0_overview), l_1_m, l_1_level)),
            '\n',
            str(context.call((undefined(name='examples') if l_0_examples is missing else l_0_examples), l_1_m, l_1_level)),
            '\n',
            str(context.call((undefined(name='business_case') if l_0_business_case is missing else l_0_business_case), l_1_m, l_1_level)),
            '\n',
        ))
        for l_2_s in environment.getattr(l_1_m, 'sections'):
            _loop_vars = {}
            pass
            t_10.extend((
                str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), l_1_m, l_2_s, l_1_level, _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_s = missing
        t_10.extend((
            str(context.call((undefined(name='objectives') if l_0_objectives is missing else l_0_objectives), l_1_m, l_1_level)),
            '\n',
            str(context.call((undefined(name='related') if l_0_related is missing else l_0_related), l_1_m, l_1_level)),
            '\n',
            str(context.call((undefined(name='variants') if l_0_variants is missing else l_0_variants), l_1_m, l_1_level)),
            '\n',
        ))
        return concat(t_10)
    context.exported_vars.add('model_body')
    context.vars['model_body'] = l_0_model_body = Macro(environment, macro, 'model_body', ('m', 'level'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=12&6=17&7=22&10=35&12=39&15=45&16=60&17=68&19=70&21=72&23=74&25=80&26=88&28=91&29=96&31=111&32=114&36=125&37=133&39=136&40=139&43=142&44=146&46=148&50=155&51=165&53=168&54=171&57=177&59=183&60=190&61=193&63=196&64=201&69=215&70=222&71=225&73=228&74=233&80=247&81=257&82=260&83=263&86=267&88=269&89=272&92=276&94=279&97=283&99=286&102=290&104=293&105=298&111=320&112=328&113=330&114=332&115=335&116=339&118=344&119=346&120=348'
