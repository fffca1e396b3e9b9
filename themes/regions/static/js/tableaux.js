// Comparison tables: each figure's column heading becomes a button that sorts the rows by it.
// Without JavaScript the rows keep the page's own order (HCP order for regions, names for the rest).
(function () {
  "use strict";
  // What the buttons show beside their heading (no words: the heading and aria-sort say it).
  var MARKS = { none: "↕", descending: "↓", ascending: "↑" };

  // The cell's own figure: its first <data value> outside what it shares with other rows.
  function valueOf(cell) {
    var own = Array.prototype.find.call(cell.querySelectorAll("data[value]"), function (data) {
      return !data.closest(".app-table__shared");
    });
    var value = own ? parseFloat(own.value) : NaN;
    return isNaN(value) ? null : value;
  }

  function sortable(table) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body || body.rows.length < 2) { return; }
    var headers = Array.prototype.slice.call(head.cells);
    var columns = headers.filter(function (th) {
      var index = headers.indexOf(th);
      return th.classList.contains("app-num") && Array.prototype.some.call(body.rows, function (row) {
        return row.cells[index] && valueOf(row.cells[index]) !== null;
      });
    });
    if (!columns.length) { return; }
    table.classList.add("app-table--sortable");
    columns.forEach(function (th) {
      var index = headers.indexOf(th);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "app-sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      var mark = document.createElement("span");
      mark.className = "app-sort__mark";
      mark.setAttribute("aria-hidden", "true");
      mark.textContent = MARKS.none;
      button.appendChild(mark);
      th.appendChild(button);
      button.addEventListener("click", function () {
        // Largest first on the first press: the table compares, the biggest figure is the first question.
        var order = th.getAttribute("aria-sort") === "descending" ? "ascending" : "descending";
        sortRows(body, index, order);
        columns.forEach(function (other) {
          other.removeAttribute("aria-sort");
          other.querySelector(".app-sort__mark").textContent = MARKS.none;
        });
        th.setAttribute("aria-sort", order);
        mark.textContent = MARKS[order];
      });
    });
  }

  // Rows without a figure go last either way; equal figures keep the page's order (a stable sort).
  function sortRows(body, index, order) {
    var rows = Array.prototype.slice.call(body.rows).map(function (row, position) {
      return { row: row, value: row.cells[index] ? valueOf(row.cells[index]) : null, position: position };
    });
    rows.sort(function (a, b) {
      if (a.value === null || b.value === null) {
        return (a.value === null) - (b.value === null) || a.position - b.position;
      }
      return (order === "ascending" ? a.value - b.value : b.value - a.value) || a.position - b.position;
    });
    rows.forEach(function (entry) { body.appendChild(entry.row); });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.app-table"), sortable);
})();
