// Drag and drop a file anywhere on the page: `overlay` shows while a file is dragged over it.

/** Calls `onFile(file)` with the first file dropped on the document. */
export function acceptDroppedFiles(overlay, onFile) {
  const carriesFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
  // dragenter and dragleave fire for every element crossed; the overlay hides when the count is back to 0.
  let dragDepth = 0;
  document.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    dragDepth++;
    overlay.hidden = false;
  });
  document.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('dragleave', (event) => {
    if (!carriesFiles(event)) return;
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) overlay.hidden = true;
  });
  document.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    dragDepth = 0;
    overlay.hidden = true;
    const [file] = event.dataTransfer.files;
    if (file) onFile(file);
  });
}
