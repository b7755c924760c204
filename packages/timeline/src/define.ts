/**
 * Registers `constructor` as `name` unless the page's registry already has that name.
 * A CMS that gives each embed block its own `<script>`, or a page that loads the embed
 * beside the npm build, then runs the definitions twice: the first copy keeps the name
 * and the second does nothing, instead of throwing `NotSupportedError`.
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
