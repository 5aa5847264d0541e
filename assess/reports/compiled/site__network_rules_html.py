# Generated from templates/site/network-rules.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '1a4ac6949b882f78d274bd2adaffd60b81f0eb0efa74aec927341a9412ccc981'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/network-rules.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/network-rules.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_source = resolve('source')
    l_0_guide_title = resolve('guide_title')
    l_0_guide = resolve('guide')
    l_0_guide_note = resolve('guide_note')
    pass
    yield "<h1>Network rules: who decides, and how much say each member has</h1>\n<p>A provider network decides jointly how its money is spent. Set out its members, the role of service users,\n  the right to leave and, for each type of decision, the voting rule and how votes are weighted. The page works\n  out each member's share of the votes, its real voting power, who can block a decision on their own and who can\n  never change an outcome, with the cautions of the source ("
    yield escape((undefined(name='source') if l_0_source is missing else l_0_source))
    yield '). You can also test a proposal and check\n  a capitated budget.</p>\n<p>Everything happens in this browser: nothing you enter or upload is sent anywhere. A file you download here\n  works with the <code>assess vote</code> and <code>assess budget</code> commands, and theirs work here.</p>\n<div class="nhsuk-warning-callout app-nojs">\n  <h2 class="nhsuk-warning-callout__label">This page needs JavaScript<span class="nhsuk-u-visually-hidden">:</span></h2>\n  <p>The network-rules explorer runs in your browser. If nothing appears below, JavaScript is off or blocked:\n    the same analysis is available in a terminal with <code>assess vote NETWORK.yaml</code> and\n    <code>assess budget BUDGET.yaml</code>.</p>\n</div>\n<div id="network-root" class="app-jsonly">\n  <h2 id="network-file">The network</h2>\n  <div class="nhsuk-form-group">\n    <label class="nhsuk-label" for="network-upload">Open a network file (.yaml)</label>\n    <div class="nhsuk-hint" id="network-upload-hint">The file of <code>assess vote</code>: it replaces what is in the form below.</div>\n    <input class="nhsuk-file-upload" id="network-upload" type="file" accept=".yaml,.yml,text/yaml" aria-describedby="network-upload-hint">\n  </div>\n  <div id="network-problems"></div>\n  <form id="network-form" novalidate></form>\n  <p><button type="button" class="nhsuk-button nhsuk-button--secondary" id="network-download">Download the network file</button></p>\n\n  <h2 id="proposal-heading">A proposal</h2>\n  <p>Tick the members in favour of a proposal: the page says whether it passes under each rule, and why.\n    Everyone not ticked counts as not in favour.</p>\n  <div class="nhsuk-form-group">\n    <label class="nhsuk-label" for="proposal-upload">Or open a proposal file (.yaml)</label>\n    <input class="nhsuk-file-upload" id="proposal-upload" type="file" accept=".yaml,.yml,text/yaml">\n  </div>\n  <div id="proposal-problems"></div>\n  <div id="proposal-form"></div>\n\n  <h2 id="results-heading">Votes and voting power</h2>\n  <details class="nhsuk-details">\n    <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">'
    yield escape((undefined(name='guide_title') if l_0_guide_title is missing else l_0_guide_title))
    yield '</span></summary>\n    <div class="nhsuk-details__text">\n      <dl class="app-guide">\n'
    for (l_1_term, l_1_text) in (undefined(name='guide') if l_0_guide is missing else l_0_guide):
        _loop_vars = {}
        pass
        yield '        <dt>'
        yield escape(l_1_term)
        yield '</dt><dd>'
        yield escape(l_1_text)
        yield '</dd>\n'
    l_1_term = l_1_text = missing
    yield '      </dl>\n      <p>'
    yield escape((undefined(name='guide_note') if l_0_guide_note is missing else l_0_guide_note))
    yield '</p>\n    </div>\n  </details>\n  <div id="network-results" aria-live="polite"></div>\n\n  <h2 id="budget-heading">Check a capitated budget</h2>\n  <p>The network\'s budgeted costs (service standards, personal budgets, a contingency fund and an operations\n    team) must total less than its capitated budget.</p>\n  <div class="nhsuk-form-group">\n    <label class="nhsuk-label" for="budget-upload">Open a budget file (.yaml)</label>\n    <div class="nhsuk-hint" id="budget-upload-hint">The file of <code>assess budget</code>.</div>\n    <input class="nhsuk-file-upload" id="budget-upload" type="file" accept=".yaml,.yml,text/yaml" aria-describedby="budget-upload-hint">\n  </div>\n  <div id="budget-results" aria-live="polite"></div>\n</div>\n'

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_scripts = resolve('scripts')
    pass
    for l_1_src in (undefined(name='scripts') if l_0_scripts is missing else l_0_scripts):
        l_1_root = resolve('root')
        _loop_vars = {}
        pass
        yield '<script src="'
        yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
        yield 'assets/'
        yield escape(l_1_src)
        yield '"></script>\n'
    l_1_src = l_1_root = missing

blocks = {'content': block_content, 'scripts': block_scripts}
debug_info = '1=12&2=17&7=30&40=32&43=34&44=38&47=44&63=47&64=56&65=61'
