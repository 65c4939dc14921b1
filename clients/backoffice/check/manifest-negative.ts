// Manifests that must be rejected: each @ts-expect-error fails the check when its line type-checks, so a type that
// went loose (e.g. back to UmbExtensionManifest, which admits any kind and any meta) is caught.
import type { DiplomaticPackage } from './diplomatic-package.js';

export const wrongKind: DiplomaticPackage = {
  name: 'Diplomatic.Umbraco',
  extensions: [
    {
      type: 'workspaceActionMenuItem',
      // @ts-expect-error no such kind (previewOption)
      kind: 'previewOptions',
      alias: 'Diplomatic.WorkspaceActionMenuItem.PreviewOnMagazine',
      name: 'Diplomatic Preview On The Magazine',
      forWorkspaceActions: 'Umb.WorkspaceAction.Document.SaveAndPreview',
      meta: { icon: 'icon-globe', label: 'Preview on the magazine', urlProviderAlias: 'DiplomaticMagazinePreview' },
    },
  ],
};

export const wrongMetaKey: DiplomaticPackage = {
  name: 'Diplomatic.Umbraco',
  extensions: [
    {
      type: 'workspaceActionMenuItem',
      kind: 'previewOption',
      alias: 'Diplomatic.WorkspaceActionMenuItem.PreviewOnMagazine',
      name: 'Diplomatic Preview On The Magazine',
      forWorkspaceActions: 'Umb.WorkspaceAction.Document.SaveAndPreview',
      // @ts-expect-error urlProvider is not a key (urlProviderAlias)
      meta: { icon: 'icon-globe', label: 'Preview on the magazine', urlProvider: 'DiplomaticMagazinePreview' },
    },
  ],
};

export const wrongExtensionKey: DiplomaticPackage = {
  name: 'Diplomatic.Umbraco',
  extensions: [
    {
      type: 'workspaceActionMenuItem',
      kind: 'previewOption',
      alias: 'Diplomatic.WorkspaceActionMenuItem.PreviewOnMagazine',
      name: 'Diplomatic Preview On The Magazine',
      // @ts-expect-error forWorkspaceAction is not a key (forWorkspaceActions)
      forWorkspaceAction: 'Umb.WorkspaceAction.Document.SaveAndPreview',
      meta: { icon: 'icon-globe', label: 'Preview on the magazine', urlProviderAlias: 'DiplomaticMagazinePreview' },
    },
  ],
};

export const wrongPackageKey: DiplomaticPackage = {
  name: 'Diplomatic.Umbraco',
  // @ts-expect-error allowPackageTelemetries is not a key (allowTelemetry)
  allowPackageTelemetries: true,
  extensions: [],
};
