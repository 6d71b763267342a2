/*
 * Coverage page: select words inside one paragraph, then "New question citing this passage" opens the question
 * editor with them as the quote. Progressive enhancement: without this script the page still offers a plain
 * "cite this paragraph" link per paragraph and a form to choose the set.
 */
(function () {
  'use strict';

  var bar = document.getElementById('cite-bar');
  var select = document.getElementById('coverage-set');
  var button = document.getElementById('cite-selection');
  if (!bar || !select || !button) {
    return;
  }
  var reading = bar.getAttribute('data-reading');
  var urlPattern = bar.getAttribute('data-new-question-url');
  var maxQuote = parseInt(bar.getAttribute('data-max-quote'), 10) || 1000;
  var quote = '';

  function show(element, visible) {
    if (element) {
      element.hidden = !visible;
    }
  }

  // With the script, the choice of set applies at once: no need for the "Use this set" button or the hint.
  show(document.getElementById('cite-no-js'), false);
  show(document.getElementById('coverage-set-apply'), false);
  show(document.getElementById('cite-help'), true);

  function newQuestionPath(setId) {
    return urlPattern.replace('SET_ID', encodeURIComponent(setId));
  }

  function newQuestionUrl(setId, text) {
    return newQuestionPath(setId) + '?reading=' + encodeURIComponent(reading) + '&quote=' + encodeURIComponent(text);
  }

  /** The paragraph text element that holds a node, or null. */
  function paragraphText(node) {
    var element = node && node.nodeType === Node.ELEMENT_NODE ? node : node && node.parentElement;
    return element ? element.closest('.qb-paragraph-text') : null;
  }

  function selectedQuote() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return '';
    }
    var start = paragraphText(selection.anchorNode);
    if (!start || start !== paragraphText(selection.focusNode)) {
      return '';
    }
    return shortened(selection.toString().replace(/\s+/g, ' ').trim());
  }

  /** No longer than a quote may be (cut at a word, as the server does for whole paragraphs). */
  function shortened(text) {
    if (text.length <= maxQuote) {
      return text;
    }
    var cut = text.lastIndexOf(' ', maxQuote);
    return text.substring(0, cut > 0 ? cut : maxQuote).trim();
  }

  document.addEventListener('selectionchange', function () {
    quote = selectedQuote();
    show(button, quote !== '');
  });

  // Keep the selection when the button is pressed with a mouse.
  button.addEventListener('mousedown', function (event) {
    event.preventDefault();
  });

  button.addEventListener('click', function () {
    var text = quote || selectedQuote();
    if (text !== '') {
      window.location.assign(newQuestionUrl(select.value, text));
    }
  });

  // The plain links follow the chosen set.
  select.addEventListener('change', function () {
    var links = document.querySelectorAll('.qb-cite-paragraph');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href, window.location.href);
      url.pathname = new URL(newQuestionPath(select.value), window.location.href).pathname;
      links[i].href = url.toString();
    }
  });
}());
