# Generated from templates/site/networks.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = 'c963bfedcf6b69a4271e2c7c5f2f069970835bc70ecf1b79aff6df87426c7a46'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/networks.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = l_0_named = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/networks.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/networks.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    def macro(l_1_entries):
        t_1 = []
        if l_1_entries is missing:
            l_1_entries = undefined("parameter 'entries' was not provided", name='entries')
        pass
        for l_2_e in l_1_entries:
            _loop_vars = {}
            pass
            t_1.extend((
                '<h4 id="',
                escape(environment.getattr(l_2_e, 'id')),
                '">',
                escape(environment.getattr(l_2_e, 'name')),
                '</h4>\n',
            ))
            if environment.getattr(l_2_e, 'description'):
                pass
                t_1.append(
                    escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_2_e, 'description'), _loop_vars=_loop_vars)),
                )
            if environment.getattr(l_2_e, 'conditions'):
                pass
                t_1.extend((
                    '<p>Conditions:</p>',
                    escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_2_e, 'conditions'), _loop_vars=_loop_vars)),
                ))
            if environment.getattr(l_2_e, 'caveats'):
                pass
                t_1.extend((
                    '<p>Caveats:</p>',
                    escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_2_e, 'caveats'), _loop_vars=_loop_vars)),
                ))
        l_2_e = missing
        return concat(t_1)
    context.exported_vars.add('named')
    context.vars['named'] = l_0_named = Macro(environment, macro, 'named', ('entries',), False, False, False, context.eval_ctx.autoescape)
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
    l_0_membership = resolve('membership')
    l_0_assumptions = resolve('assumptions')
    l_0_why = resolve('why')
    l_0_named = resolve('named')
    l_0_voting = resolve('voting')
    l_0_weighting = resolve('weighting')
    l_0_service_users = resolve('service_users')
    l_0_right_to_leave = resolve('right_to_leave')
    l_0_process = resolve('process')
    l_0_rule = resolve('rule')
    l_0_lines = resolve('lines')
    l_0_check = resolve('check')
    l_0_context = resolve('context')
    l_0_focus = resolve('focus')
    pass
    yield '<h1>Provider networks: making decisions together</h1>\n<p class="nhsuk-lede-text">Why providers form networks, how they can make joint decisions, how they can allocate a\n  capitated budget, and what to consider when forming a provider collaborative.</p>\n<nav class="nhsuk-contents-list" aria-label="Sections of this page">\n  <h2 class="nhsuk-u-visually-hidden">Contents</h2>\n  <ol class="nhsuk-contents-list__list">\n    <li class="nhsuk-contents-list__item"><a class="nhsuk-contents-list__link" href="#why-networks">Why provider networks</a></li>\n    <li class="nhsuk-contents-list__item"><a class="nhsuk-contents-list__link" href="#decision-making">Joint decision-making</a></li>\n    <li class="nhsuk-contents-list__item"><a class="nhsuk-contents-list__link" href="#budget">Allocating a capitated budget</a></li>\n    <li class="nhsuk-contents-list__item"><a class="nhsuk-contents-list__link" href="#check-and-challenge">Check and challenge</a></li>\n    <li class="nhsuk-contents-list__item"><a class="nhsuk-contents-list__link" href="#collaboratives">Provider collaboratives</a></li>\n  </ol>\n</nav>\n<h2 id="why-networks">Why provider networks</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='intro') if l_0_intro is missing else l_0_intro), _block_vars=_block_vars))
    yield '\n<h3>Who is in a network</h3>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='membership') if l_0_membership is missing else l_0_membership), _block_vars=_block_vars))
    yield '\n<h3>Assumptions</h3>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='assumptions') if l_0_assumptions is missing else l_0_assumptions), _block_vars=_block_vars))
    yield '\n\n<h2 id="decision-making">Joint decision-making</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='why') if l_0_why is missing else l_0_why), _block_vars=_block_vars))
    yield '\n<h3 id="voting-structures">Voting structures</h3>\n'
    yield escape(context.call((undefined(name='named') if l_0_named is missing else l_0_named), (undefined(name='voting') if l_0_voting is missing else l_0_voting), _block_vars=_block_vars))
    yield '\n<h3 id="vote-weighting">Vote weighting</h3>\n'
    yield escape(context.call((undefined(name='named') if l_0_named is missing else l_0_named), (undefined(name='weighting') if l_0_weighting is missing else l_0_weighting), _block_vars=_block_vars))
    yield '\n<h3 id="service-users">Service users</h3>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='service_users') if l_0_service_users is missing else l_0_service_users), _block_vars=_block_vars))
    yield '\n<h3 id="right-to-leave">The right to leave</h3>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='right_to_leave') if l_0_right_to_leave is missing else l_0_right_to_leave), _block_vars=_block_vars))
    yield '\n<p>To test a network’s voting rules on its own members (who can block a decision, how much power each has), run\n  <code>assess vote NETWORK.yaml</code>.</p>\n\n<h2 id="budget">Allocating a capitated budget</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='process') if l_0_process is missing else l_0_process), ordered=True, _block_vars=_block_vars))
    yield '\n<div class="nhsuk-inset-text">\n  <span class="nhsuk-u-visually-hidden">Information: </span>\n  '
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'one'), (undefined(name='rule') if l_0_rule is missing else l_0_rule), _block_vars=_block_vars))
    yield '\n</div>\n<h3>Budget lines</h3>\n'
    yield escape(context.call((undefined(name='named') if l_0_named is missing else l_0_named), (undefined(name='lines') if l_0_lines is missing else l_0_lines), _block_vars=_block_vars))
    yield '\n<p>To check a budget against these lines and the rule, run <code>assess budget BUDGET.yaml</code>.</p>\n\n<h2 id="check-and-challenge">Check and challenge</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='check') if l_0_check is missing else l_0_check), _block_vars=_block_vars))
    yield '\n\n<h2 id="collaboratives">Provider collaboratives</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), (undefined(name='context') if l_0_context is missing else l_0_context), _block_vars=_block_vars))
    yield '\n<h3>Six focus areas</h3>\n'
    for l_1_f in (undefined(name='focus') if l_0_focus is missing else l_0_focus):
        _loop_vars = {}
        pass
        yield '<h4 id="'
        yield escape(environment.getattr(l_1_f, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_f, 'name'))
        yield '</h4>\n'
        yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'one'), environment.getattr(l_1_f, 'summary'), _loop_vars=_loop_vars))
        yield '\n'
        if environment.getattr(l_1_f, 'questions'):
            pass
            yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), environment.getattr(l_1_f, 'questions'), _loop_vars=_loop_vars))
    l_1_f = missing

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=18&4=23&5=28&6=33&7=38&8=44&11=56&26=81&28=83&30=85&33=87&35=89&37=91&39=93&41=95&46=97&49=99&52=101&56=103&59=105&61=107&62=111&63=115&64=117'
