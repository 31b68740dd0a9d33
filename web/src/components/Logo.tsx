/** The Samdrift mark: four joined circles, for the members working together. */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <circle cx="11" cy="11" r="4" fill="#fff" />
      <circle cx="21" cy="11" r="4" fill="#fff" opacity=".8" />
      <circle cx="11" cy="21" r="4" fill="#fff" opacity=".8" />
      <circle cx="21" cy="21" r="4" fill="#fff" />
    </svg>
  );
}
