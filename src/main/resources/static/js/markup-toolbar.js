// Buttons above a plan text box: bold, italic and bullet list write the small markup the document
// renderer reads (**đậm**, *nghiêng*, "- " at a line's start), so nobody has to type it.
(function () {
  'use strict';

  function wrap(area, marker) {
    var start = area.selectionStart, end = area.selectionEnd, value = area.value;
    var selected = value.substring(start, end);
    // Markers count only around text that starts and ends with a letter, not a space.
    var lead = selected.match(/^\s*/)[0], trail = selected.match(/\s*$/)[0];
    var core = selected.trim();
    var replacement = lead + marker + core + marker + (core ? trail : '');
    area.setRangeText(replacement, start, end, 'end');
    if (!core) {
      var caret = start + lead.length + marker.length;
      area.setSelectionRange(caret, caret);
    }
  }

  function bullet(area) {
    var value = area.value;
    var start = value.lastIndexOf('\n', area.selectionStart - 1) + 1;
    var endBreak = value.indexOf('\n', area.selectionEnd);
    var end = endBreak < 0 ? value.length : endBreak;
    var lines = value.substring(start, end).split('\n').map(function (line) {
      return /^\s*[-+] /.test(line) || line.trim() === '' ? line : '- ' + line.replace(/^\s+/, '');
    });
    area.setRangeText(lines.join('\n'), start, end, 'select');
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-markup]');
    if (!button) {
      return;
    }
    var area = document.getElementById(button.getAttribute('data-target'));
    if (!area) {
      return;
    }
    var kind = button.getAttribute('data-markup');
    if (kind === 'bold') {
      wrap(area, '**');
    } else if (kind === 'italic') {
      wrap(area, '*');
    } else if (kind === 'list') {
      bullet(area);
    }
    area.focus();
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
})();
