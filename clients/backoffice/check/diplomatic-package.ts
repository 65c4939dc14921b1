// The types the plugin's umbraco-package.json is checked against (check.sh assigns the file to DiplomaticPackage).
import type { ManifestWorkspaceActionMenuItemPreviewOptionKind } from '@umbraco-cms/backoffice/document';
// The package schema's type is not in @umbraco-cms/backoffice's exports: imported by its path in node_modules.
import type { UmbracoPackage } from '../node_modules/@umbraco-cms/backoffice/dist-cms/json-schema/umbraco-package-schema.js';

/**
 * Every extension the plugin ships, each as its exact Umbraco type. UmbracoPackage's own `UmbExtensionManifest[]`
 * also admits the bare ManifestBase, so it takes any kind and any meta: add a new extension's type here.
 */
export type DiplomaticExtension = ManifestWorkspaceActionMenuItemPreviewOptionKind;

/** The plugin's umbraco-package.json: an UmbracoPackage whose extensions are the types above. */
export type DiplomaticPackage = Omit<UmbracoPackage, 'extensions'> & { extensions: DiplomaticExtension[] };

/** And still an UmbracoPackage as Umbraco's own type has it. */
export const asUmbracoPackage = (manifest: DiplomaticPackage): UmbracoPackage => manifest;
