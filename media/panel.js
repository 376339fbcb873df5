// CSPR Review panel script. Builds the DOM from the JSON state the extension posts, with
// textContent only: draft text is never parsed as HTML. Posts only the four message types the
// extension accepts (ready, reveal, insertSection, newDraft). Which themes and quality markers are expanded, and the last state,
// are kept with vscode.setState, so the panel looks the same after it is hidden or reloaded.
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  // The summary lives outside the re-rendered part, so screen readers announce it only when it changes.
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.setAttribute('role', 'status');
  const content = document.createElement('div');
  root.replaceChildren(summary, content);
  const saved = vscode.getState() || {};
  const expanded = new Set(Array.isArray(saved.expanded) ? saved.expanded : []);
  let current = saved.state && typeof saved.state === 'object' ? saved.state : undefined;

  function el(tag, props, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'text') node.textContent = String(value);
      else if (key === 'className') node.className = value;
      else if (key === 'onClick') node.addEventListener('click', value);
      // Through the CSSOM: the CSP blocks style attributes but not element.style.
      else if (key === 'width') node.style.width = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }

  function save() {
    vscode.setState({ expanded: [...expanded], state: current });
  }

  function reveal(line, column) {
    if (Number.isInteger(line) && line >= 1) vscode.postMessage({ type: 'reveal', line, column: Number.isInteger(column) && column >= 1 ? column : 1 });
  }

  const STATUS_WORDS = { present: 'present', empty: 'empty', missing: 'missing', covered: 'covered', mentioned: 'mentioned', absent: 'absent' };
  const statusWord = (status) => STATUS_WORDS[status] || 'unknown';
  const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
  /** Bars are full at four distinct phrases: two is the usual "covered" threshold, four is well covered. */
  const BAR_FULL_AT = 4;

  function sectionItem(section) {
    const status = statusWord(section.status);
    const label = `${section.title}${section.required ? '' : ' (recommended)'}`;
    const item = el('li', { className: `section ${status}${section.required ? '' : ' recommended'}` });
    item.appendChild(el('span', { className: 'badge', text: status, 'aria-hidden': 'true' }));
    if (status === 'missing') {
      item.appendChild(el('span', { className: 'title', text: label }));
      item.appendChild(
        el('button', {
          className: 'insert',
          text: 'Insert',
          title: `Insert a "${section.title}" section skeleton at its place in the template`,
          'aria-label': `${label}: missing. Insert a skeleton for this section`,
          'data-focus-key': `insert:${section.id}`,
          onClick: () => vscode.postMessage({ type: 'insertSection', sectionId: section.id }),
        }),
      );
    } else {
      const where = section.line ? `line ${section.line}` : '';
      const todo = status === 'empty';
      item.appendChild(
        el('button', {
          className: 'link title',
          text: label,
          title: `Go to "${section.heading || section.title}"${where ? ` (${where})` : ''}`,
          'aria-label': `${label}: ${status}${todo ? ', still to write' : ''}. Go to heading${where ? ` at ${where}` : ''}`,
          'data-focus-key': `section:${section.id}`,
          'data-line': section.line,
          onClick: () => reveal(section.line, 1),
        }),
      );
      // An empty section is on the to-do list as much as a missing one: said in words, not colour.
      if (todo) item.appendChild(el('span', { className: 'todo', text: 'to write', 'aria-hidden': 'true' }));
    }
    return item;
  }

  function themeItem(theme) {
    const status = statusWord(theme.status);
    const open = expanded.has(theme.id);
    const hitsId = `hits-${theme.id}`;
    const item = el('li', { className: `theme ${status}${theme.expected ? ' expected' : ''}` });
    const distinct = Number(theme.distinct) || 0;
    const phrases = Array.isArray(theme.phrases) ? theme.phrases : [];
    const toggle = el('button', {
      className: 'toggle',
      'aria-expanded': open ? 'true' : 'false',
      'aria-controls': hitsId,
      'aria-label': `${theme.label}: ${status}, ${plural(distinct, 'distinct phrase')}${theme.expected ? ', expected for this template' : ''}. ${open ? 'Hide' : 'Show'} where it is discussed`,
      title: phrases.length ? `Found: ${phrases.join(', ')}` : 'No indicative phrases found',
      'data-focus-key': `theme:${theme.id}`,
      onClick: () => {
        if (expanded.has(theme.id)) expanded.delete(theme.id);
        else expanded.add(theme.id);
        save();
        render();
      },
    });
    toggle.appendChild(el('span', { className: 'chevron', text: open ? '▾' : '▸', 'aria-hidden': 'true' }));
    toggle.appendChild(el('span', { className: 'label', text: theme.label }));
    const bar = el('span', { className: 'bar', 'aria-hidden': 'true' });
    bar.appendChild(el('span', { className: 'fill', width: `${(Math.min(distinct, BAR_FULL_AT) / BAR_FULL_AT) * 100}%` }));
    toggle.appendChild(bar);
    toggle.appendChild(el('span', { className: 'status', text: status, 'aria-hidden': 'true' }));
    item.appendChild(toggle);

    const hits = el('ul', { className: 'hits', id: hitsId, hidden: !open, 'aria-label': `Where ${theme.label} is discussed` });
    const shown = Array.isArray(theme.hits) ? theme.hits : [];
    shown.forEach((hit, index) => {
      const where = hit.section ? ` — ${hit.section}` : '';
      // Why the passage counts: each concept with the draft's words that carried it.
      const why = (Array.isArray(hit.concepts) ? hit.concepts : [])
        .filter((concept) => concept && typeof concept === 'object')
        .map((concept) => `${concept.label}: “${(Array.isArray(concept.words) ? concept.words : []).join('”, “')}”`)
        .join(' + ');
      hits.appendChild(
        el('li', {}, [
          el('button', {
            className: 'link hit',
            text: `line ${hit.line}: “${hit.phrase}”${where}`,
            title: hit.passage ? String(hit.passage) : undefined,
            'aria-label': `Go to line ${hit.line}: ${hit.phrase}${hit.section ? `, in ${hit.section}` : ''}${why ? `. Counts as ${why}` : ''}`,
            'data-focus-key': `hit:${theme.id}:${index}`,
            'data-line': hit.line,
            'data-column': hit.column,
            onClick: () => reveal(hit.line, hit.column),
          }),
          why ? el('span', { className: 'why muted', text: why, 'aria-hidden': 'true' }) : null,
        ]),
      );
    });
    const more = (Number(theme.hitCount) || shown.length) - shown.length;
    if (more > 0) hits.appendChild(el('li', { className: 'muted', text: `… and ${more} more` }));
    if (shown.length === 0) hits.appendChild(el('li', { className: 'muted', text: 'No evidence found yet.' }));
    // What would cover a theme that is not covered yet.
    for (const reason of Array.isArray(theme.missing) ? theme.missing : []) hits.appendChild(el('li', { className: 'muted missing', text: `To cover it: ${reason}` }));
    item.appendChild(hits);
    return item;
  }

  const QUALITY_WORDS = { ok: 'ok', 'needs-work': 'needs work', 'not-judged': 'not judged' };
  const qualityWord = (status) => QUALITY_WORDS[status] || 'not judged';
  const qualityClass = (status) => (Object.prototype.hasOwnProperty.call(QUALITY_WORDS, status) ? status : 'not-judged');

  /** A quality marker: its status in words, what was judged, and (when opened) the places to go to. */
  function markerItem(marker) {
    const status = qualityWord(marker.status);
    const id = String(marker.id);
    const key = `quality:${id}`;
    const targets = Array.isArray(marker.targets) ? marker.targets : [];
    const more = Number(marker.moreTargets) || 0;
    const open = expanded.has(key);
    const item = el('li', { className: `marker ${qualityClass(marker.status)}` });
    const label = String(marker.label);
    const detail = String(marker.detail || '');
    if (targets.length === 0) {
      const row = el('div', { className: 'marker-row' });
      row.appendChild(el('span', { className: 'label', text: label }));
      row.appendChild(el('span', { className: 'quality-status', text: status }));
      item.appendChild(row);
      item.appendChild(el('p', { className: 'muted detail', text: detail }));
      return item;
    }
    const placesId = `places-${id}`;
    const toggle = el('button', {
      className: 'toggle marker-toggle',
      'aria-expanded': open ? 'true' : 'false',
      'aria-controls': placesId,
      'aria-label': `${label}: ${status}. ${detail} ${open ? 'Hide' : 'Show'} ${plural(targets.length + more, 'place')} in the draft`,
      'data-focus-key': `marker:${id}`,
      onClick: () => {
        if (expanded.has(key)) expanded.delete(key);
        else expanded.add(key);
        save();
        render();
      },
    });
    toggle.appendChild(el('span', { className: 'chevron', text: open ? '▾' : '▸', 'aria-hidden': 'true' }));
    toggle.appendChild(el('span', { className: 'label', text: label }));
    toggle.appendChild(el('span', { className: 'quality-status', text: status, 'aria-hidden': 'true' }));
    item.appendChild(toggle);
    item.appendChild(el('p', { className: 'muted detail', text: detail, 'aria-hidden': 'true' }));
    const places = el('ul', { className: 'hits places', id: placesId, hidden: !open, 'aria-label': `Where to work on ${label}` });
    targets.forEach((target, index) => {
      places.appendChild(
        el('li', {}, [
          el('button', {
            className: 'link hit place',
            text: `line ${target.line}: ${target.label}`,
            'aria-label': `Go to line ${target.line}: ${target.label}`,
            'data-focus-key': `place:${id}:${index}`,
            'data-line': target.line,
            'data-column': target.column,
            onClick: () => reveal(target.line, target.column),
          }),
        ]),
      );
    });
    if (more > 0) places.appendChild(el('li', { className: 'muted', text: `… and ${more} more` }));
    item.appendChild(places);
    return item;
  }

  /** Reading figures per section: words a sentence, reading ease, share of very long sentences. */
  function readabilityTable(rows) {
    const table = el('table', { className: 'figures', 'aria-labelledby': 'readability-heading' });
    const head = el('tr', {}, ['Section', 'Words a sentence', 'Reading ease', 'Very long'].map((text) => el('th', { scope: 'col', text })));
    table.appendChild(el('thead', {}, [head]));
    const body = el('tbody');
    rows.forEach((row, index) => {
      const title = String(row.title || 'Opening');
      body.appendChild(
        el('tr', {}, [
          el('th', { scope: 'row' }, [
            el('button', {
              className: 'link',
              text: title,
              'aria-label': `Go to ${title}, line ${row.line}`,
              'data-focus-key': `figures:${index}`,
              'data-line': row.line,
              onClick: () => reveal(row.line, 1),
            }),
          ]),
          el('td', { text: String(Number(row.averageSentenceLength) || 0) }),
          el('td', { text: String(Number(row.readingEase) || 0) }),
          el('td', { text: `${Math.round((Number(row.longShare) || 0) * 100)}%` }),
        ]),
      );
    });
    table.appendChild(body);
    return table;
  }

  function qualityPart(quality) {
    const part = el('div', { className: 'quality' });
    const markers = quality && Array.isArray(quality.markers) ? quality.markers.filter((marker) => marker && typeof marker === 'object') : [];
    if (markers.length === 0) return part;
    part.appendChild(el('h2', { id: 'quality-heading', text: 'Quality' }));
    const list = el('ul', { className: 'markers', 'aria-labelledby': 'quality-heading' });
    for (const marker of markers) list.appendChild(markerItem(marker));
    part.appendChild(list);
    const rows = Array.isArray(quality.readability) ? quality.readability.filter((row) => row && typeof row === 'object') : [];
    if (rows.length > 0) {
      part.appendChild(el('h3', { id: 'readability-heading', text: 'Reading figures by section' }));
      part.appendChild(readabilityTable(rows));
    }
    return part;
  }

  function themeList(themes, label) {
    const list = el('ul', { className: 'themes', 'aria-label': label });
    for (const theme of themes) list.appendChild(themeItem(theme));
    return list;
  }

  function render() {
    // A re-render while typing must not throw the keyboard user out of the panel or scroll it.
    const focusKey = document.activeElement && document.activeElement.getAttribute && document.activeElement.getAttribute('data-focus-key');
    const scrollTop = document.scrollingElement ? document.scrollingElement.scrollTop : 0;
    content.replaceChildren();
    if (!current) {
      summary.textContent = '';
      content.appendChild(el('p', { className: 'placeholder', text: 'Open a review draft to see its sections and theme coverage, or start one from a template.' }));
      content.appendChild(
        el('button', {
          className: 'primary',
          text: 'New draft',
          title: 'CSPR: New draft from template',
          'data-focus-key': 'new-draft',
          onClick: () => vscode.postMessage({ type: 'newDraft' }),
        }),
      );
      return;
    }
    const state = current;
    if (summary.textContent !== String(state.summary)) summary.textContent = String(state.summary);
    content.appendChild(el('p', { className: 'muted file', text: `${state.file} · ${state.template}` }));

    const sections = Array.isArray(state.sections) ? state.sections : [];
    content.appendChild(el('h2', { id: 'sections-heading', text: 'Sections' }));
    const sectionList = el('ul', { className: 'sections', 'aria-labelledby': 'sections-heading' });
    for (const section of sections) sectionList.appendChild(sectionItem(section));
    content.appendChild(sectionList);
    content.appendChild(qualityPart(state.quality));

    const themes = Array.isArray(state.themes) ? state.themes : [];
    content.appendChild(el('h2', { id: 'themes-heading', text: 'National themes' }));
    const expectedAbsent = Array.isArray(state.expectedAbsent) ? state.expectedAbsent : [];
    if (expectedAbsent.length > 0) {
      content.appendChild(el('p', { className: 'notice', text: `Not yet addressed (expected for this template): ${expectedAbsent.join('; ')}.` }));
    }
    const expectedThemes = themes.filter((theme) => theme.expected);
    const otherThemes = themes.filter((theme) => !theme.expected);
    if (expectedThemes.length > 0) {
      content.appendChild(el('h3', { text: 'Expected for this template' }));
      content.appendChild(themeList(expectedThemes, 'Themes expected for this template'));
      content.appendChild(el('h3', { text: 'Other national themes' }));
    }
    content.appendChild(themeList(otherThemes, expectedThemes.length > 0 ? 'Other national themes' : 'National practice themes'));

    if (focusKey) {
      const again = [...content.querySelectorAll('[data-focus-key]')].find((node) => node.getAttribute('data-focus-key') === focusKey);
      if (again) again.focus({ preventScroll: true });
    }
    if (document.scrollingElement) document.scrollingElement.scrollTop = scrollTop;
  }

  // Arrow keys move between the panel's buttons (one row at a time); Right opens a theme, Left
  // closes it or goes back from a hit to its theme; Home and End jump to the first and last.
  root.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.tagName !== 'BUTTON') return;
    const buttons = [...root.querySelectorAll('button')].filter((button) => !button.closest('[hidden]'));
    const index = buttons.indexOf(target);
    let next;
    if (event.key === 'ArrowDown') next = buttons[index + 1];
    else if (event.key === 'ArrowUp') next = buttons[index - 1];
    else if (event.key === 'Home') next = buttons[0];
    else if (event.key === 'End') next = buttons[buttons.length - 1];
    else if (event.key === 'ArrowRight' && target.classList.contains('toggle') && target.getAttribute('aria-expanded') === 'false') {
      target.click();
      event.preventDefault();
      return;
    } else if (event.key === 'ArrowLeft') {
      if (target.classList.contains('toggle') && target.getAttribute('aria-expanded') === 'true') {
        target.click();
        event.preventDefault();
        return;
      }
      if (target.classList.contains('hit')) next = target.closest('.theme, .marker') && target.closest('.theme, .marker').querySelector('.toggle');
    }
    if (next) {
      next.focus();
      event.preventDefault();
    }
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'state' || typeof message.state !== 'object') return;
    // null: the draft shown was closed.
    current = message.state || undefined;
    save();
    render();
  });

  // Restored from the last session at once, then refreshed by the extension's answer to "ready".
  render();
  vscode.postMessage({ type: 'ready' });
})();
