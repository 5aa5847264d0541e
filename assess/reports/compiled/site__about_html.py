# Generated from templates/site/about.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '5094ca736d3cebe0408f384a87a71c7d2921ede78405b5c93c26a7b54ceb1de3'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/about.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_x = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/about.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_x = context.vars['x'] = environment.get_template('site/_macros.html.j2', 'site/about.html.j2')._get_default_module(context)
    context.exported_vars.discard('x')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_root = resolve('root')
    l_0_since_count = resolve('since_count')
    l_0_total_sourced = resolve('total_sourced')
    l_0_sources = resolve('sources')
    l_0_total_derived = resolve('total_derived')
    l_0_x = resolve('x')
    l_0_rows = resolve('rows')
    l_0_alignment_derived = resolve('alignment_derived')
    l_0_alignment_total = resolve('alignment_total')
    l_0_questionnaire = resolve('questionnaire')
    pass
    yield '<h1>About this tool</h1>\n<p class="nhsuk-lede-text">care-models is a decision-support knowledge base and guided assessment for people who plan\n  health and care services in England.</p>\n\n<h2 id="since-the-sources">The sources’ dates and today’s NHS</h2>\n<p>Each source document is shown with its own date on the <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'sources.html">sources page</a>, and what it\n  says is as of that date. '
    yield escape((undefined(name='since_count') if l_0_since_count is missing else l_0_since_count))
    yield ' facts from later public documents about what has changed since (integrated\n  care boards in place of clinical commissioning groups, the regulators abolished, the Provider Selection Regime,\n  provider collaboratives, the 10 Year Health Plan) are shown apart, each dated and cited, under\n  <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'since.html">Since the sources</a>. They change no weight of the assessment.</p>\n\n<h2 id="what-is-derived">What is quoted and what is derived</h2>\n<p>The knowledge base holds '
    yield escape((undefined(name='total_sourced') if l_0_total_sourced is missing else l_0_total_sourced))
    yield ' statements taken from the '
    yield escape((undefined(name='sources') if l_0_sources is missing else l_0_sources))
    yield ' <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'sources.html">source documents</a>,\n  each citing where it comes from, and '
    yield escape((undefined(name='total_derived') if l_0_total_derived is missing else l_0_total_derived))
    yield ' statements that are the project’s own: summaries,\n  plain-English meanings and mappings the sources do not give. Those carry the marker '
    yield escape(context.call(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'tag_derived'), _block_vars=_block_vars))
    yield '\n  and a one-line rationale wherever they are shown.</p>\n<div class="app-table-scroll" role="region" aria-labelledby="derived-caption" tabindex="0">\n<table class="nhsuk-table">\n  <caption class="nhsuk-table__caption" id="derived-caption">Statements by part of the knowledge base</caption>\n  <thead class="nhsuk-table__head">\n    <tr class="nhsuk-table__row">\n      <th scope="col" class="nhsuk-table__header">Part</th>\n      <th scope="col" class="nhsuk-table__header app-num">From the sources</th>\n      <th scope="col" class="nhsuk-table__header app-num">Derived</th>\n    </tr>\n  </thead>\n  <tbody class="nhsuk-table__body">\n'
    for l_1_r in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        _loop_vars = {}
        pass
        yield '    <tr class="nhsuk-table__row">\n      <th scope="row" class="nhsuk-table__header"><a href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield escape(environment.getattr(l_1_r, 'path'))
        yield '">'
        yield escape(environment.getattr(l_1_r, 'title'))
        yield '</a></th>\n      <td class="nhsuk-table__cell app-num">'
        yield escape(environment.getattr(l_1_r, 'sourced'))
        yield '</td>\n      <td class="nhsuk-table__cell app-num">'
        yield escape(environment.getattr(l_1_r, 'derived'))
        yield '</td>\n    </tr>\n'
    l_1_r = missing
    yield '  </tbody>\n</table>\n</div>\n<p>In particular, these are derived by the project:</p>\n<ul class="nhsuk-list nhsuk-list--bullet">\n  <li>which objectives each model serves ('
    yield escape((undefined(name='alignment_derived') if l_0_alignment_derived is missing else l_0_alignment_derived))
    yield ' of '
    yield escape((undefined(name='alignment_total') if l_0_alignment_total is missing else l_0_alignment_total))
    yield ' links: the pack’s summary is a picture missing from its text),</li>\n  <li>the short descriptions of the three families (the pack gives only their headings),</li>\n  <li>which legal forms are “less formal” and which “more formal” (the pack lists pros and cons but not which is which),</li>\n  <li>plain meanings of glossary terms the sources use without defining,</li>\n  <li>every weight of the assessment: how much each answer counts for or against each model, each with its reason.</li>\n</ul>\n\n<h2 id="assessment">How the assessment scores</h2>\n'
    if (undefined(name='questionnaire') if l_0_questionnaire is missing else l_0_questionnaire):
        pass
        yield '<p>The <a href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield 'assess.html">assessment</a> asks the '
        yield escape(environment.getattr((undefined(name='questionnaire') if l_0_questionnaire is missing else l_0_questionnaire), 'questions'))
        yield ' questions of\n  “'
        yield escape(environment.getattr((undefined(name='questionnaire') if l_0_questionnaire is missing else l_0_questionnaire), 'title'))
        yield '”. Each answer gives each model points (from −10 to 10, all derived, with reasons); a model’s fit is\n  the points it scored as a share of what it could have scored on the questions that apply, from 0 to 100.\n  “Don’t know” leaves a question out and widens the range shown. The same arithmetic runs in your browser and in the\n  <code>assess score</code> command, and gives the same result.</p>\n'
    else:
        pass
        yield '<p>This build of the site has no assessment questionnaire.</p>\n'
    yield '<p>The fit is a starting point for discussion, not a decision: the check-and-challenge questions and the sources matter more than the number.</p>\n\n<h2 id="privacy">Your answers</h2>\n<p>The site sends nothing anywhere. Answers you give in the assessment stay in this browser (its local storage) until you\n  clear them, and leave it only as a file you choose to download: your answers, or the board paper made from them\n  in this browser.</p>\n\n<h2 id="tool">The tool</h2>\n<p>This site is built from the knowledge base by <code>assess site build</code> and can be previewed with\n  <code>assess site serve</code>. The same knowledge base drives the command line: <code>assess kb show ID</code>,\n  <code>assess run</code> (the assessment in a terminal), <code>assess score</code>, <code>assess report</code> (a board pack)\n  and <code>assess brief</code>.</p>\n<p>The look follows the NHS.UK frontend (MIT licence, bundled with the site, built without web fonts so it works offline).\n  Search runs in your browser from an index built with the site, so it works from a copy of the folder as well as\n  from a web server. The assessment writes its board\n  paper in the browser with Nunjucks (BSD licence) and markdown-it (MIT licence), bundled with the site and loaded only\n  when the paper is asked for.</p>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=20&9=39&10=41&13=43&16=45&17=51&18=53&31=55&33=59&34=64&35=66&43=70&51=74&52=77&53=81'
