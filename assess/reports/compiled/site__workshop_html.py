# Generated from templates/site/workshop.html.j2 by `python -m assess.reports.compile_templates`: do not edit.
JINJA2 = '3.1.6'
SOURCE_SHA256 = '9db7728c17132f2e83bd116a21bb1cd92e6bbadf54511198abc51c28ab7c1273'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/workshop.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/workshop.html.j2')
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
    l_0_q = resolve('q')
    l_0_paper_scripts = resolve('paper_scripts')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '<h1>Workshop: several respondents together</h1>\n'
    if (undefined(name='q') if l_0_q is missing else l_0_q):
        pass
        yield '<p>A change of care model is decided jointly by several organisations. Add the answers of each person who took the\n  assessment ('
        yield escape(environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'title'))
        yield '): the page shows, question by question, where they agree and where they differ, then\n  the combined ranking and recommendation, the questions to ask first and what would change the recommendation,\n  naming whose answer.</p>\n<p>Everything happens in this browser: nothing you add is sent anywhere. The same results come from\n  <code>assess score</code> and <code>assess report</code> given the same answers files.</p>\n<div class="nhsuk-warning-callout app-nojs">\n  <h2 class="nhsuk-warning-callout__label">This page needs JavaScript<span class="nhsuk-u-visually-hidden">:</span></h2>\n  <p>The workshop runs in your browser. If nothing appears below, JavaScript is off or blocked: the same results are\n    available in a terminal with <code>assess score A.yaml B.yaml C.yaml</code>, and the combined board paper with\n    <code>assess report A.yaml B.yaml C.yaml</code>.</p>\n</div>\n<div id="workshop-root" class="app-jsonly" data-paper-scripts="'
        yield escape(t_1(context.eval_ctx, (undefined(name='paper_scripts') if l_0_paper_scripts is missing else l_0_paper_scripts), ' '))
        yield '">\n  <div id="workshop-problems"></div>\n  <h2 id="add">Add the respondents</h2>\n  <div class="nhsuk-form-group">\n    <label class="nhsuk-label" for="workshop-upload">Add answers files (.yaml): choose one or several</label>\n    <div class="nhsuk-hint" id="workshop-upload-hint">The files the assessment page downloads with\n      &ldquo;Download the answers&rdquo;. Each is checked as the assessment checks an upload; the same answers are added only once.</div>\n    <input class="nhsuk-file-upload" id="workshop-upload" type="file" multiple accept=".yaml,.yml,text/yaml" aria-describedby="workshop-upload-hint">\n  </div>\n  <div class="nhsuk-form-group">\n    <label class="nhsuk-label" for="workshop-link">Or paste a link to answers</label>\n    <div class="nhsuk-hint" id="workshop-link-hint">The link the assessment page gives with &ldquo;Copy a link to these answers&rdquo;.</div>\n    <input class="nhsuk-input" id="workshop-link" type="text" spellcheck="false" autocomplete="off" aria-describedby="workshop-link-hint">\n  </div>\n  <p><button type="button" class="nhsuk-button nhsuk-button--secondary" id="workshop-add-link">Add the answers in the link</button></p>\n  <h2 id="people">Respondents</h2>\n  <div id="workshop-people"></div>\n  <div id="workshop-results"></div>\n</div>\n'
    else:
        pass
        yield "<p>This build of the site has no assessment questionnaire. Combine several respondents' answers in a terminal with\n  <code>assess score A.yaml B.yaml C.yaml</code>.</p>\n"

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_q = resolve('q')
    l_0_data = resolve('data')
    l_0_scripts = resolve('scripts')
    pass
    if (undefined(name='q') if l_0_q is missing else l_0_q):
        pass
        for l_1_src in ((undefined(name='data') if l_0_data is missing else l_0_data) + (undefined(name='scripts') if l_0_scripts is missing else l_0_scripts)):
            l_1_asset = resolve('asset')
            _loop_vars = {}
            pass
            yield '<script src="'
            yield escape(context.call((undefined(name='asset') if l_1_asset is missing else l_1_asset), l_1_src, _loop_vars=_loop_vars))
            yield '"></script>\n'
        l_1_src = l_1_asset = missing

blocks = {'content': block_content, 'scripts': block_scripts}
debug_info = '1=12&2=17&4=34&6=37&17=39&41=45&42=56&43=58&44=63'
