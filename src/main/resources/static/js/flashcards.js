// Flashcards: Space (or a tap on "Show answer") turns the card; 1-4 rate it by pressing the matching button.
// Without this script the "Show answer" link loads the card with its back shown, and the buttons post as forms.
(function () {
  'use strict';
  var back = document.getElementById('card-back');
  var show = document.getElementById('show-answer');
  var rated = false;
  if (!back) {
    return;
  }

  function shown() {
    return !back.hidden;
  }

  function turn() {
    if (shown()) {
      return;
    }
    back.hidden = false;
    if (show) {
      show.hidden = true;
    }
    back.focus();
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }

  if (show) {
    show.addEventListener('click', function (event) {
      event.preventDefault();
      turn();
    });
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
      return;
    }
    if ((event.key === ' ' || event.code === 'Space') && !shown()) {
      event.preventDefault();
      turn();
      return;
    }
    if (shown() && !rated && /^[1-4]$/.test(event.key)) {
      var button = back.querySelector('button[data-rating="' + event.key + '"]');
      if (button) {
        event.preventDefault();
        rated = true; // one press, one review (a replay would not count twice anyway)
        button.click(); // the button's own name and value go with the form
      }
    }
  });
}());
