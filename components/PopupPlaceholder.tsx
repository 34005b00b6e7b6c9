export function PopupPlaceholder() {
  return <p>Glossa</p>;
}
