// Select text in the scrubbed draft to redact it: a progressive enhancement of the "Redact a phrase" form,
// which works on its own without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  const pane = document.getElementById("scrubbed-text");
  const form = document.getElementById("redact-form");
  if (!pane || !form) return;
  const button = document.createElement("button");
  button.type = "button";
  button.id = "redact-selection";
  button.textContent = "Redact selection";
  button.hidden = true;
  pane.after(button);
  const selectedInPane = () => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return "";
    const node = selection.anchorNode;
    return node && pane.contains(node) ? selection.toString().trim() : "";
  };
  document.addEventListener("selectionchange", () => { button.hidden = selectedInPane() === ""; });
  button.addEventListener("mousedown", (event) => event.preventDefault());  // keep the selection
  button.addEventListener("click", () => {
    const phrase = selectedInPane();
    if (!phrase) return;
    form.querySelector("input[name=redact]").value = phrase;
    form.submit();
  });
});
