// The cards' clicks (js_on_load of ui/cards.py's gr.HTML): a photo opens large in a dialog,
// a card opens its details (the 'select' event, with its position); links just open.
element.addEventListener('click', (event) => {
  const zoom = element.querySelector('.facet-zoom');
  const photo = event.target.closest('.facet-photo');
  if (photo && zoom) {
    const shown = photo.querySelector('img');
    const large = zoom.querySelector('.facet-zoom-img');
    large.src = shown.src;
    large.alt = shown.alt;
    zoom.showModal();
    return;
  }
  if (zoom && (event.target === zoom || event.target.closest('.facet-zoom-close'))) {
    zoom.close();
    return;
  }
  if (event.target.closest('a') || event.target.closest('.facet-zoom')) return;
  const card = event.target.closest('.facet-card');
  if (card) trigger('select', { index: Number(card.dataset.index), value: null });
});
