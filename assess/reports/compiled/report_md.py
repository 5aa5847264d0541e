# Generated from templates/report.md.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'fd35b9321b6a7ea386f229fd35a8f3474234c02d3e0f1c0e004dcb42dc4cc8ea'
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
    yield ' · confidence: **'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'confidence'))
    yield '**\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'confidence_text'):
        pass
        yield '>\n> '
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'lead'):
            pass
            yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'lead'))
            yield ' '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'confidence_text'))
        yield '\n'
    yield '\n**Why**\n\n'
    l_1_loop = missing
    for l_1_w, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'why_answers'), undefined):
        _loop_vars = {}
        pass
        yield '- '
        yield str(environment.getattr(l_1_w, 'answer'))
        yield ', for “'
        yield str(environment.getattr(l_1_w, 'question'))
        yield '”: '
        yield str(environment.getattr(l_1_w, 'reason'))
        yield ' *('
        yield str(environment.getattr(l_1_w, 'source_cite'))
        yield ')*'
        if t_4(environment.getattr(l_1_w, 'respondents')):
            pass
            yield ' · '
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(environment.getattr(l_1_w, 'respondents'), undefined):
                _loop_vars = {}
                pass
                yield str(t_5(l_2_p))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield ', '
            l_2_loop = l_2_p = missing
        yield '\n'
    l_1_loop = l_1_w = missing
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
    yield '\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'):
        pass
        yield '## Why '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'name'))
        yield ' fits\n\n'
        l_1_loop = missing
        for l_1_w, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'why'), undefined):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.getattr(l_1_w, 'answer'))
            yield ' — for “'
            yield str(environment.getattr(l_1_w, 'question'))
            yield '” ('
            yield str(environment.getattr(l_1_w, 'points_text'))
            yield '): '
            yield str(environment.getattr(l_1_w, 'reason'))
            yield ' *('
            yield str(environment.getattr(l_1_w, 'source_cite'))
            yield ')*'
            if t_4(environment.getattr(l_1_w, 'respondents')):
                pass
                yield ' · '
                l_2_loop = missing
                for l_2_p, l_2_loop in LoopContext(environment.getattr(l_1_w, 'respondents'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(t_5(l_2_p))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield ', '
                l_2_loop = l_2_p = missing
            yield '\n'
        l_1_loop = l_1_w = missing
        yield '\n'
        if t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'against')):
            pass
            yield '*Counting against it:* '
            l_1_loop = missing
            for l_1_w, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'against'), undefined):
                _loop_vars = {}
                pass
                yield str(environment.getattr(l_1_w, 'answer'))
                yield ' ('
                yield str(environment.getattr(l_1_w, 'points_text'))
                yield ')'
                if (not environment.getattr(l_1_loop, 'last')):
                    pass
                    yield '; '
            l_1_loop = l_1_w = missing
            yield '.\n\n'
        yield '## What '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'name'))
        yield ' is and what it asks of the partners\n\n'
        for l_1_i in environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'description'), 'items'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.getattr(l_1_i, 'text'))
            yield ' *('
            yield str(environment.getattr(l_1_i, 'cite'))
            yield ')*\n'
        l_1_i = missing
        yield '\n**When it fits**\n\n'
        for l_1_i in environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'when_fits'), 'items'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.getattr(l_1_i, 'text'))
            yield ' *('
            yield str(environment.getattr(l_1_i, 'cite'))
            yield ')*\n'
        l_1_i = missing
        yield '\n'
        if t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'examples')):
            pass
            yield '**Examples**\n\n'
            for l_1_e in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'examples'):
                _loop_vars = {}
                pass
                yield '- '
                yield str(environment.getattr(l_1_e, 'text'))
                yield ' *('
                yield str(environment.getattr(l_1_e, 'cite'))
                yield ')*\n'
            l_1_e = missing
            yield '\n'
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'limits'):
            pass
            yield '## Its limits and barriers\n\n'
            yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'limits_intro'))
            yield '\n\n'
            for l_1_i in environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'limits'), 'items'):
                _loop_vars = {}
                pass
                yield '- '
                yield str(environment.getattr(l_1_i, 'text'))
                yield ' *('
                yield str(environment.getattr(l_1_i, 'cite'))
                yield ')*\n'
            l_1_i = missing
            yield '\n'
    else:
        pass
        yield '## Ranking of the '
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
            yield '\n\n'
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
            yield '\n'
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
        yield '\n*Every reason with its source is in the appendix. Each model is described in full in its briefing pack and on its page of the care models site.*\n\n'
    yield '\n## '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'terms'), 'alternatives')))
    if (t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_forms')) and (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_none'))):
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
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_alternative') and (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'))):
        pass
        yield '**'
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_alternative'), 'name'))
        yield ':** '
        yield str(environment.getattr(environment.getitem(environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_alternative'), 'description'), 'items'), 0), 'text'))
        yield ' *('
        yield str(environment.getattr(environment.getitem(environment.getitem(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_alternative'), 'description'), 'items'), 0), 'cite'))
        yield ')*\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_none'):
        pass
        yield '### Legal form\n\n'
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_none'), 'text'))
        yield ' '
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_none'), 'quote'))
        yield ' *('
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_none'), 'cite'))
        yield ')*\n\n'
    elif t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_forms')):
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
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'best_legal') and (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'legal_none'))):
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
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'):
        pass
        yield '## If the organisations later want to integrate\n\n'
        yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), 'models_if_later'))
        yield '\n\n'
        yield str((undefined(name='chart_slot') if l_0_chart_slot is missing else l_0_chart_slot))
        yield '\n\n'
        if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'exclusions')):
            pass
            yield '*Excluded models are shown apart in the chart and listed, with the reasons, in the appendix, after the table of fits.*\n\n'
        if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'model_challenges')):
            pass
            yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'model_questions'))
            yield '\n\n'
            for l_1_c in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'model_challenges'):
                _loop_vars = {}
                pass
                yield '- '
                if environment.getattr(l_1_c, 'user'):
                    pass
                    yield str(t_5(environment.getattr(l_1_c, 'text')))
                else:
                    pass
                    yield str(environment.getattr(l_1_c, 'text'))
                yield ' *('
                yield str(environment.getattr(l_1_c, 'cite'))
                yield ')*\n'
            l_1_c = missing
            yield '\n'
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'variant') and (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'))):
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
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'workforce') and (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'))):
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
    if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'deciding')):
        pass
        yield '**What to find out first, and which answers decide it**\n\n'
        for l_1_g in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'deciding'):
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
            yield str(t_3(context.eval_ctx, environment.getattr(l_1_g, 'answers'), '; '))
            yield '.\n'
        l_1_g = missing
        yield '\n'
    elif environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'more_changes'):
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
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'):
        pass
        if (not environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), 'more_changes')):
            pass
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
            else:
                pass
                yield 'No change to any single answer would change the recommendation.\n'
            yield '\n'
    elif (not t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'deciding'))):
        pass
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
    if t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'top_reasons')):
        pass
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
debug_info = '5=51&7=53&10=69&12=71&13=80&15=83&20=91&21=95&24=117&25=121&27=124&28=127&31=130&32=133&34=140&35=144&41=149&42=151&43=155&45=162&46=165&54=171&55=174&59=185&60=188&63=192&64=196&68=200&72=202&74=204&75=207&77=210&78=214&82=239&83=243&86=256&88=258&89=262&94=268&95=272&98=278&101=281&102=285&106=291&109=294&111=296&112=300&117=309&119=311&121=313&126=317&128=320&129=324&131=330&132=332&135=336&136=340&139=349&140=353&146=379&147=383&156=398&158=404&159=406&162=410&163=413&165=415&166=419&170=430&171=433&174=439&177=442&179=448&184=451&185=455&189=468&190=471&192=478&195=499&198=502&200=504&202=506&206=509&207=511&209=513&210=517&215=528&216=531&218=533&219=536&221=538&222=542&225=546&226=549&229=563&230=566&236=571&239=574&240=578&245=582&246=585&248=587&251=590&252=594&256=602&259=605&260=609&264=617&267=621&268=626&276=640&279=643&280=647&283=660&286=663&287=667&289=674&290=677&294=680&295=682&296=684&297=686&298=690&305=701&306=704&308=706&310=708&311=712&313=724&314=727&320=730&322=732&323=735&333=750&334=753&335=756&338=759&340=766&342=772&343=775&346=778&347=782&353=790&355=803&357=809&358=813&360=821&361=825&367=843&372=847&373=851&377=867&381=871&382=875&386=878&387=882&393=907&395=909&397=911&398=915&402=934&405=937&406=941&413=948&415=950&416=953&417=956&421=964&422=967&428=970&429=974&434=978&438=980&439=983&440=987&444=1002&445=1005&446=1009&450=1017&455=1038'
