# Generated from templates/report.md.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'b335c5f2944c36ad9b09afba5165b8c42c6a7676ff2cb651f8dbf3b2c790e936'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_page_break = resolve('page_break')
    l_0_chart_slot = resolve('chart_slot')
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield '# '
    yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'title'))
    yield '\n\n'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'questionnaire'), 'title'))
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date'), 'text'):
        pass
        yield ' · '
        yield str(t_5(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date'), 'text')))
    yield ' · '
    l_1_loop = missing
    for l_1_p, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'respondents'), undefined):
        _loop_vars = {}
        pass
        yield str(t_5(environment.getattr(l_1_p, 'label')))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '; '
    l_1_loop = l_1_p = missing
    yield '\n\n**Decision asked of the board:** '
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'ask'))
    yield '\n\n> **'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'headline'))
    yield '**'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'fit'):
        pass
        yield ' · fit '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'fit'))
        yield ' out of 100'
    yield ' · confidence: **'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'confidence'))
    yield '**\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'confidence_text'):
        pass
        yield '>\n> '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'confidence_text'))
        yield '\n'
    yield '\n**Why**\n\n'
    for l_1_w in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'why'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(l_1_w)
        yield '\n'
    l_1_w = missing
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant') and environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'name')):
        pass
        yield '- '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'fits'))
        yield '\n'
    yield '\n'
    if t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'instead')):
        pass
        yield '**'
        if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'kind') == 'none'):
            pass
            yield 'Find out first'
        else:
            pass
            yield 'Consider also'
        yield '**\n\n'
        for l_1_w in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'instead'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(l_1_w)
            yield '\n'
        l_1_w = missing
        yield '\n'
    yield '**What would change it**\n\n'
    if t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'changes')):
        pass
        for l_1_c in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'changes'):
            _loop_vars = {}
            pass
            yield '- '
            if environment.getattr(l_1_c, 'respondent'):
                pass
                yield str(t_5(environment.getattr(l_1_c, 'respondent')))
                yield ': '
            yield str(environment.getattr(l_1_c, 'text'))
            yield '\n'
        l_1_c = missing
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'shown_text'):
            pass
            yield '- '
            yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'shown_text'))
            yield '\n'
    else:
        pass
        yield '- No change to any single answer would change it.\n'
    yield '\n**Questions to ask first**\n\n'
    for l_1_c in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'challenges_top'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_c, 'priority'))
        yield '. '
        if environment.getattr(l_1_c, 'user'):
            pass
            yield str(t_5(environment.getattr(l_1_c, 'text')))
        else:
            pass
            yield str(environment.getattr(l_1_c, 'text'))
        yield '\n'
    l_1_c = missing
    yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'):
        pass
        yield "**Workforce** (this tool's summary of the support pack's workforce considerations)"
        if (not t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'), 'summary'))):
            pass
            yield ': nothing in the answers makes one live.'
        yield '\n\n'
        for l_1_line in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'), 'summary'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
        yield '\n'
    yield str((undefined(name='page_break') if l_0_page_break is missing else l_0_page_break))
    yield '\n\n## Summary\n\n'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'summary'), 'text'))
    yield '\n\n## Ranking of the '
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'terms'), 'ranking'))
    yield '\n\n'
    yield str((undefined(name='chart_slot') if l_0_chart_slot is missing else l_0_chart_slot))
    yield '\n\n'
    if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'exclusions')):
        pass
        yield '*Excluded models are shown apart in the chart and listed, with the reasons, in the appendix, after the table of fits.*\n\n'
    yield "*Fit: how well the answers match the model, 0 to 100. Range: the lowest and highest fit if every “don't know” answer were known (“exact” when no answer it depends on is unknown). The fits are this tool's arithmetic on the answers and the questionnaire's weights.*\n\n## Why the top "
    yield str(t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'top')))
    yield ' fit\n\n'
    l_1_loop = missing
    for l_1_t, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'top'), undefined):
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.getattr(l_1_t, 'rank'))
        yield '. '
        yield str(environment.getattr(l_1_t, 'name'))
        yield ': fit '
        yield str(environment.getattr(l_1_t, 'fit'))
        if (environment.getattr(l_1_t, 'range') != 'exact'):
            pass
            yield ' (range '
            yield str(environment.getattr(l_1_t, 'range'))
            yield ')'
        yield '\n'
        if (environment.getattr(l_1_t, 'm') and environment.getattr(l_1_loop, 'first')):
            pass
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_t, 'm'), 'overview'), 'text'))
            yield ' *('
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_t, 'm'), 'overview'), 'cite'))
            yield ')*\n\n'
        for l_2_c in environment.getattr(l_1_t, 'cautions'):
            _loop_vars = {}
            pass
            yield '> **Note:** '
            if environment.getattr(l_2_c, 'respondent'):
                pass
                yield str(t_5(environment.getattr(l_2_c, 'respondent')))
                yield ': '
            yield str(environment.getattr(l_2_c, 'text'))
            yield '\n\n'
        l_2_c = missing
        l_2_loop = missing
        t_7 = 1
        for l_2_w, l_2_loop in LoopContext(environment.getattr(l_1_t, 'why'), undefined):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.getattr(l_2_w, 'answer'))
            yield ' — for “'
            yield str(environment.getattr(l_2_w, 'question'))
            yield '” ('
            yield str(environment.getattr(l_2_w, 'points_text'))
            yield '): '
            yield str(environment.getattr(l_2_w, 'reason'))
            if t_4(environment.getattr(l_2_w, 'respondents')):
                pass
                yield ' · '
                l_3_loop = missing
                for l_3_p, l_3_loop in LoopContext(environment.getattr(l_2_w, 'respondents'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(t_5(l_3_p))
                    if (not environment.getattr(l_3_loop, 'last')):
                        pass
                        yield ', '
                l_3_loop = l_3_p = missing
            yield '\n'
            t_7 = 0
        l_2_loop = l_2_w = missing
        if t_7:
            pass
            yield '- No answer counted in its favour.\n'
        if t_4(environment.getattr(l_1_t, 'against')):
            pass
            yield '*Counting against it:* '
            l_2_loop = missing
            for l_2_w, l_2_loop in LoopContext(environment.getattr(l_1_t, 'against'), undefined):
                _loop_vars = {}
                pass
                yield str(environment.getattr(l_2_w, 'answer'))
                yield ' ('
                yield str(environment.getattr(l_2_w, 'points_text'))
                yield ')'
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '; '
            l_2_loop = l_2_w = missing
            yield '.\n\n'
    l_1_loop = l_1_t = missing
    yield '*Every reason with its source is in the appendix. Each model is described in full in its briefing pack and on its page of the care models site.*\n\n## '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'terms'), 'alternatives')))
    if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_forms')):
        pass
        yield ' and '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'terms'), 'legal_forms'))
    yield '\n'
    if t_4(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'collaborative_intro'), 'items')):
        pass
        yield str((environment.getattr(environment.getitem(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'collaborative_intro'), 'items'), 2), 'text') if (t_4(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'collaborative_intro'), 'items')) > 2) else environment.getattr(environment.getitem(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'collaborative_intro'), 'items'), 0), 'text')))
        yield ' *('
        yield str(environment.getattr(environment.getitem(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'collaborative_intro'), 'items'), 0), 'cite'))
        yield ')*\n\n'
    if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')):
        pass
        yield '| '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'terms'), 'alternative_one')))
        yield ' | Fit | Range |\n|---|--:|--:|\n'
        for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_2(environment.getattr(l_1_a, 'name')))
            if environment.getattr(l_1_a, 'excluded'):
                pass
                yield ' (excluded)'
            yield ' | '
            yield str(environment.getattr(l_1_a, 'fit'))
            yield ' | '
            yield str(environment.getattr(l_1_a, 'range'))
            yield ' |\n'
        l_1_a = missing
        yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_alternative'):
        pass
        yield '**'
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_alternative'), 'name'))
        yield ':** '
        yield str(environment.getattr(environment.getitem(environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_alternative'), 'description'), 'items'), 0), 'text'))
        yield ' *('
        yield str(environment.getattr(environment.getitem(environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_alternative'), 'description'), 'items'), 0), 'cite'))
        yield ')*\n\n'
    if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_forms')):
        pass
        yield '### Legal form\n\n| Legal model | Formality | Fit | Range |\n|---|---|--:|--:|\n'
        for l_1_l in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_forms'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_2(environment.getattr(l_1_l, 'name')))
            if environment.getattr(l_1_l, 'excluded'):
                pass
                yield ' (excluded)'
            yield ' | '
            yield str(environment.getattr(l_1_l, 'level'))
            yield ' formal | '
            yield str(environment.getattr(l_1_l, 'fit'))
            yield ' | '
            yield str(environment.getattr(l_1_l, 'range'))
            yield ' |\n'
        l_1_l = missing
        yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_legal'):
        pass
        yield '**Suggested: '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_legal'), 'name'))
        yield '**, '
        yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_legal'), 'formality'), 'text'))
        yield ' *('
        yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_legal'), 'formality'), 'cite'))
        yield ')*\n\n*Pros:* '
        l_1_loop = missing
        for l_1_i, l_1_loop in LoopContext(environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_legal'), 'pros'), 'items'), undefined):
            _loop_vars = {}
            pass
            yield str(t_6(environment.getattr(l_1_i, 'text'), '.'))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
        l_1_loop = l_1_i = missing
        yield '. *Cons:* '
        l_1_loop = missing
        for l_1_i, l_1_loop in LoopContext(environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_legal'), 'cons'), 'items'), undefined):
            _loop_vars = {}
            pass
            yield str(t_6(environment.getattr(l_1_i, 'text'), '.'))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
        l_1_loop = l_1_i = missing
        yield '. *('
        yield str((environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_legal'), 'pros'), 'shared_cite') or 'HLP Module 1'))
        yield ')*\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'):
        pass
        yield '## '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'heading'))
        yield '\n\n'
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'name'):
            pass
            yield 'The answers match **'
            yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'name'))
            yield "** best, one of the types the BMA paper describes (the matching is this tool's judgement):\n\n"
            for l_1_w in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'why'):
                _loop_vars = {}
                pass
                yield '- '
                yield str(l_1_w)
                yield '\n'
            l_1_w = missing
            yield '\n'
            if t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'features')):
                pass
                yield '*'
                yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'features_label'))
                yield ':* '
                l_1_loop = missing
                for l_1_f, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'features_shown'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(t_6(environment.getattr(l_1_f, 'text'), '.'))
                    if (not environment.getattr(l_1_loop, 'last')):
                        pass
                        yield '; '
                l_1_loop = l_1_f = missing
                yield '. *('
                yield str(environment.getattr(environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'features'), 0), 'cite'))
                yield ')*\n\n'
        elif t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'tied')):
            pass
            yield 'The answers point equally to '
            yield str(t_3(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'tied'), ' and '))
            yield ': which type this would be is not yet clear.\n\n'
        else:
            pass
            yield 'The answers do not point to one of the types the BMA paper describes.\n\n'
        if t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'vanguards')):
            pass
            yield "**Examples that share a name with a vanguard site** (matched by name only, this tool's reading: a shared name, not the same project)\n\n"
            for l_1_x in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant'), 'vanguards'):
                _loop_vars = {}
                pass
                yield '- '
                yield str(l_1_x)
                yield '\n'
            l_1_x = missing
            yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'):
        pass
        yield '## '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'), 'heading'))
        yield '\n\n'
        if t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'), 'live')):
            pass
            yield '**Made live by the answers**\n\n'
            for l_1_i in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'), 'live'):
                _loop_vars = {}
                pass
                yield '- '
                yield str(environment.getattr(l_1_i, 'text'))
                yield ' *(because '
                yield str(environment.getattr(l_1_i, 'why'))
                yield '; '
                yield str(environment.getattr(l_1_i, 'cite'))
                yield ')*\n'
            l_1_i = missing
            yield '\n'
        if t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'), 'legal')):
            pass
            yield "**Foundation trusts and NHS trusts in a chain** (the support pack's barriers to setting up a hospital chain)\n\n"
            for l_1_i in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'), 'legal'):
                _loop_vars = {}
                pass
                yield '- '
                yield str(environment.getattr(l_1_i, 'text'))
                yield ' *(because '
                yield str(environment.getattr(l_1_i, 'why'))
                yield '; '
                yield str(environment.getattr(l_1_i, 'cite'))
                yield ')*\n'
            l_1_i = missing
            yield '\n'
        if t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'), 'other')):
            pass
            yield '**Also to consider**\n\n'
            l_1_loop = missing
            for l_1_g, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce'), 'other'), undefined):
                _loop_vars = {}
                pass
                yield '- '
                l_2_loop = missing
                for l_2_t, l_2_loop in LoopContext(environment.getattr(l_1_g, 'texts'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(t_6(l_2_t, '.'))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield '; '
                l_2_loop = l_2_t = missing
                yield '. *('
                yield str(environment.getattr(l_1_g, 'cite'))
                yield ')*\n'
            l_1_loop = l_1_g = missing
            yield '\n'
    yield '\n## What would change this\n\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'more_changes'):
        pass
        yield '**What would change the recommendation**\n\n'
        for l_1_c in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'all_changes'):
            _loop_vars = {}
            pass
            yield '- '
            if environment.getattr(l_1_c, 'respondent'):
                pass
                yield str(t_5(environment.getattr(l_1_c, 'respondent')))
                yield ': '
            yield str(environment.getattr(l_1_c, 'text'))
            yield '\n'
        l_1_c = missing
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'listed_text'):
            pass
            yield '- '
            yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'listed_text'))
            yield '\n'
        yield '\n'
    yield '**What would put another '
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'terms'), 'ranking_one'))
    yield ' first**\n\n'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'changes'), 'intro'))
    yield '\n\n'
    for l_1_g in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'changes'), 'groups'):
        _loop_vars = {}
        pass
        yield '- '
        if environment.getattr(l_1_g, 'respondent'):
            pass
            yield str(t_5(environment.getattr(l_1_g, 'respondent')))
            yield ': '
        yield '**'
        yield str(environment.getattr(l_1_g, 'question'))
        yield '** (now “'
        yield str(environment.getattr(l_1_g, 'now'))
        yield '”): '
        yield str(t_3(context.eval_ctx, environment.getattr(l_1_g, 'changes'), '; '))
        yield '.\n'
    l_1_g = missing
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'changes'), 'more'):
        pass
        yield '- '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'changes'), 'more'))
        yield '\n'
    yield '\n## Check and challenge\n\n'
    yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'challenge_count'))
    yield ' questions to put to the partners before a decision, the most pressing first; after each, why it is raised and where it comes from.\n\n'
    for l_1_c in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'challenges'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_c, 'priority'))
        yield '. '
        if environment.getattr(l_1_c, 'user'):
            pass
            yield str(t_5(environment.getattr(l_1_c, 'text')))
        else:
            pass
            yield str(environment.getattr(l_1_c, 'text'))
        yield ' *('
        yield str(environment.getattr(l_1_c, 'label'))
        yield '; '
        yield str(environment.getattr(l_1_c, 'cite'))
        yield ')*\n'
    l_1_c = missing
    yield '\n\n\n\n# Appendix\n\n## The local context as answered\n\n'
    for l_1_p in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'respondents'):
        _loop_vars = {}
        pass
        if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'multi'):
            pass
            yield '### '
            yield str(t_5(environment.getattr(l_1_p, 'label')))
            yield '\n\n'
        yield '- **Respondent:** '
        if environment.getattr(l_1_p, 'respondent'):
            pass
            yield str(t_5(environment.getattr(l_1_p, 'respondent')))
        else:
            pass
            yield 'not given'
        yield '\n- **Answers file:** '
        yield str(t_5(environment.getattr(l_1_p, 'file')))
        if environment.getattr(l_1_p, 'date'):
            pass
            yield ' · dated '
            yield str(t_5(environment.getattr(l_1_p, 'date')))
        yield '\n'
        if environment.getattr(l_1_p, 'context'):
            pass
            yield '- **Context:** '
            yield str(t_5(environment.getattr(l_1_p, 'context')))
            yield '\n'
        yield '\n'
        for l_2_i in environment.getattr(l_1_p, 'ignored'):
            _loop_vars = {}
            pass
            yield '- *Answer left out:* “'
            yield str(environment.getattr(l_2_i, 'question'))
            yield '”: '
            yield str(environment.getattr(l_2_i, 'why'))
            yield '.\n'
        l_2_i = missing
        yield '\n'
    l_1_p = missing
    yield '### Answers by section\n\n| Question |'
    for l_1_label in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'labels'):
        _loop_vars = {}
        pass
        yield ' '
        if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'multi'):
            pass
            yield str(t_5(l_1_label))
        else:
            pass
            yield 'Answer'
        yield ' |'
    l_1_label = missing
    yield '\n|---|'
    for l_1_label in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'labels'):
        _loop_vars = {}
        pass
        yield '---|'
    l_1_label = missing
    yield '\n'
    for l_1_s in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sections'):
        _loop_vars = {}
        pass
        yield '| **'
        yield str(t_2(environment.getattr(l_1_s, 'title')))
        yield '** |'
        for l_2_label in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'labels'):
            _loop_vars = {}
            pass
            yield ' |'
        l_2_label = missing
        yield '\n'
        for l_2_row in environment.getattr(l_1_s, 'rows'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_2(environment.getattr(l_2_row, 'question')))
            yield ' |'
            for l_3_a in environment.getattr(l_2_row, 'answers'):
                _loop_vars = {}
                pass
                yield ' '
                if environment.getattr(l_3_a, 'user'):
                    pass
                    yield str(t_5(environment.getattr(l_3_a, 'text')))
                else:
                    pass
                    yield str(t_2(environment.getattr(l_3_a, 'text')))
                yield ' |'
            l_3_a = missing
            yield '\n'
        l_2_row = missing
    l_1_s = missing
    yield '\n\n'
    if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'disagreements')):
        pass
        yield '### Where respondents disagree\n\n| Question | Answers |\n|---|---|\n'
        l_1_loop = missing
        for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'disagreements'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_2(environment.getattr(l_1_d, 'question')))
            yield ' | '
            l_2_loop = missing
            for l_2_a, l_2_loop in LoopContext(environment.getattr(l_1_d, 'answers'), undefined):
                _loop_vars = {}
                pass
                yield str(t_5(environment.getattr(l_2_a, 'respondent')))
                yield ': '
                yield str(t_2(environment.getattr(l_2_a, 'answer')))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '; '
            l_2_loop = l_2_a = missing
            yield ' |\n'
        l_1_loop = l_1_d = missing
        yield '\n'
    yield '## All reasons, with their sources\n\n'
    l_1_loop = missing
    for l_1_t, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'top_reasons'), undefined):
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.getattr(l_1_t, 'name'))
        yield "\n\n| Answer | Points | Why (the weight's reason and source) |\n|---|--:|---|\n"
        l_2_loop = missing
        for l_2_w, l_2_loop in LoopContext(environment.getattr(l_1_t, 'all_reasons'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_2(environment.getattr(l_2_w, 'answer')))
            if t_4(environment.getattr(l_2_w, 'respondents')):
                pass
                yield ' ('
                l_3_loop = missing
                for l_3_p, l_3_loop in LoopContext(environment.getattr(l_2_w, 'respondents'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(t_5(l_3_p))
                    if (not environment.getattr(l_3_loop, 'last')):
                        pass
                        yield ', '
                l_3_loop = l_3_p = missing
                yield ')'
            yield ' | '
            yield str(environment.getattr(l_2_w, 'points_text'))
            yield ' | '
            yield str(t_2(environment.getattr(l_2_w, 'reason')))
            yield ' *('
            yield str(t_2(environment.getattr(l_2_w, 'source_cite')))
            yield ')* |\n'
        l_2_loop = l_2_w = missing
        yield "\n*Every weight is this tool's judgement, based on the passage it cites.*\n\n"
    l_1_loop = l_1_t = missing
    yield '## Fits of every '
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'terms'), 'ranking_one'))
    yield '\n\n| Rank | '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'terms'), 'ranking_one')))
    yield ' | Fit | Range | Note |\n|--:|---|--:|--:|---|\n'
    for l_1_row in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ranking'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.getattr(l_1_row, 'rank'))
        yield ' | '
        if environment.getattr(l_1_row, 'top'):
            pass
            yield '**'
            yield str(t_2(environment.getattr(l_1_row, 'name')))
            yield '**'
        else:
            pass
            yield str(t_2(environment.getattr(l_1_row, 'name')))
        yield ' | '
        yield str(environment.getattr(l_1_row, 'fit'))
        yield ' | '
        yield str(environment.getattr(l_1_row, 'range'))
        yield ' | '
        yield str(t_2(environment.getattr(l_1_row, 'note')))
        yield ' |\n'
    l_1_row = missing
    yield '\n\n'
    if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'exclusions')):
        pass
        yield '## Excluded models\n\n'
        for l_1_e in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'exclusions'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.getattr(l_1_e, 'name'))
            yield ' — '
            yield str(environment.getattr(l_1_e, 'text'))
            yield '\n'
        l_1_e = missing
        yield '\n\n'
    yield '## Sources and what is derived\n\nThe knowledge behind this report comes from these documents; every statement above cites the one it comes from. '
    yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_at'))
    yield '\n\n'
    for l_1_s in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sources'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_s, 'cited'):
            pass
            yield '- **'
            yield str(environment.getattr(l_1_s, 'short'))
            yield '**: '
            yield str(environment.getattr(l_1_s, 'title'))
            yield str(((', ' + environment.getattr(l_1_s, 'author')) if environment.getattr(l_1_s, 'author') else ''))
            yield str(((', ' + environment.getattr(l_1_s, 'date')) if environment.getattr(l_1_s, 'date') else ''))
            yield '\n'
    l_1_s = missing
    yield '\n'
    if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'uncited')):
        pass
        yield '*Also in the knowledge base, not cited above:* '
        yield str(t_3(context.eval_ctx, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'uncited'), '; '))
        yield '.\n\n'
    yield "\n**What is this tool's own judgement**\n\n"
    for l_1_d in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'derived'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(l_1_d)
        yield '\n'
    l_1_d = missing
    yield '\n## Since the sources\n\n'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'since'), 'paper_intro'))
    yield '\n\n| When | What has changed (source) |\n|---|---|\n'
    for l_1_t in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'since'), 'topics'):
        _loop_vars = {}
        pass
        for l_2_s in environment.getattr(l_1_t, 'statements'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.getattr(l_2_s, 'date'))
            yield ' | '
            yield str(t_2(environment.getattr(l_2_s, 'brief')))
            yield ' *('
            yield str(t_2(environment.getattr(environment.getattr(l_2_s, 'document'), 'short')))
            yield ')*'
            if environment.getattr(l_2_s, 'maps_to'):
                pass
                yield ' Nearest care model, our reading: '
                yield str(t_2(environment.getattr(environment.getattr(l_2_s, 'maps_to'), 'names')))
                yield '.'
            yield ' |\n'
        l_2_s = missing
    l_1_t = missing
    yield '\n'
    for l_1_t in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'since'), 'topics'):
        _loop_vars = {}
        pass
        for l_2_th in environment.getattr(l_1_t, 'then'):
            _loop_vars = {}
            pass
            yield '*Beside the Provider Selection Regime, what the BMA paper (April 2015) said:* '
            yield str(environment.getattr(environment.getattr(l_2_th, 'first'), 'text'))
            yield ' *('
            yield str(environment.getattr(environment.getattr(l_2_th, 'first'), 'cite'))
            yield ')*\n\n'
        l_2_th = missing
    l_1_t = missing
    yield '*The later documents:* '
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'since'), 'documents'), undefined):
        _loop_vars = {}
        pass
        yield '**'
        yield str(environment.getattr(l_1_d, 'short'))
        yield '**: '
        yield str(environment.getattr(l_1_d, 'title'))
        yield ', '
        yield str(environment.getattr(l_1_d, 'publisher'))
        yield ', '
        yield str(environment.getattr(l_1_d, 'date_short'))
        yield ', '
        yield str(environment.getattr(l_1_d, 'address'))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '; '
        else:
            pass
            yield '.'
    l_1_loop = l_1_d = missing
    yield '\n\n---\n\n*care-models '
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'footer'), 'version'))
    yield ' · '
    yield str(t_5(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'questionnaire'), 'title')))
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date'), 'text'):
        pass
        yield ' · '
        yield str(t_5(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date'), 'text')))
    yield ' · content hash `'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'footer'), 'hash'))
    yield '` (sha256 of the knowledge base `'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'footer'), 'kb_short'))
    yield '…`, the questionnaire `'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'footer'), 'questionnaire_short'))
    yield '…` and '
    l_1_loop = missing
    for l_1_a, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'footer'), 'answers'), undefined):
        _loop_vars = {}
        pass
        yield str(t_5(environment.getattr(l_1_a, 'file')))
        yield ' `'
        yield str(environment.getattr(l_1_a, 'short'))
        yield '…`'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_a = missing
    yield ')*\n'

blocks = {}
debug_info = '5=51&7=53&10=69&12=71&13=81&15=84&20=87&21=91&23=94&24=97&27=100&28=103&30=110&31=114&37=119&38=121&39=125&41=132&42=135&50=141&51=144&55=155&56=158&59=162&60=166&64=170&68=172&70=174&72=176&74=178&79=182&81=185&82=189&84=200&85=202&88=206&89=210&92=219&93=223&98=248&99=252&105=266&107=272&108=274&111=278&112=281&114=283&115=287&119=298&120=301&123=307&128=310&129=314&133=327&134=330&136=337&139=358&140=361&142=363&143=366&145=368&146=372&149=376&150=379&153=393&154=396&160=401&163=404&164=408&169=412&170=415&172=417&175=420&176=424&180=432&183=435&184=439&188=447&191=451&192=456&200=470&203=473&204=477&206=484&207=487&211=491&213=493&215=495&216=499&218=511&219=514&224=517&226=519&227=522&237=537&238=540&239=543&242=546&244=553&246=559&247=562&250=565&251=569&257=577&259=590&261=596&262=600&264=608&265=612&271=630&276=634&277=638&283=656&284=660&288=663&289=667&295=692&297=694&299=696&300=700&304=719&307=722&308=726&315=733&317=735&318=738&319=741&323=749&324=752&330=755&331=759&336=763&340=765&341=768&342=772&346=787&347=790&348=794&352=802&357=823'
