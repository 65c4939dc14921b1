using System.Security.Cryptography;
using System.Text;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Security;
using Umbraco.Cms.Core.Services;
using Umbraco.Extensions;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.Importing.Backoffice;

/// <summary>
/// The backoffice flow: when an editor saves a booklet whose manuscript upload changed, the manuscript is read;
/// on saving, empty booklet fields are filled from it; once saved, its articles, fact boxes and events are
/// created (or, when they came from the manuscript before, updated) under the booklet as drafts through the
/// installer's <see cref="IContentInstaller"/> (<see cref="ContentInstallMode.CreateOrUpdate"/>, not published), all
/// or nothing (the installer rolls back). Children the editor made by hand are never touched (their keys are not the
/// manuscript's), and values the manuscript does not set are kept. The editor gets a message listing what was
/// created and updated and every problem with its line. The same file saved again does nothing.
/// </summary>
internal sealed class ManuscriptImportHandler : INotificationHandler<ContentSavingNotification>, INotificationAsyncHandler<ContentSavedNotification>
{
    private const string StateKey = "Diplomatic.Importing.PendingManuscripts";
    private const string Category = "Manuscript";

    private readonly IManuscriptFiles _files;
    private readonly IContentInstaller _installer;
    private readonly IContentEditingService _editing;
    private readonly IBackOfficeSecurityAccessor _security;
    private readonly IKeyValueService _keyValues;
    private readonly ManuscriptReader _reader;
    private readonly IOptionsMonitor<ImportingOptions> _options;
    private readonly ILogger<ManuscriptImportHandler> _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="files">The uploaded files.</param>
    /// <param name="installer">Writes the drafts (all or nothing).</param>
    /// <param name="editing">Looks up the authors the articles link to.</param>
    /// <param name="security">The editor who saved the booklet (the drafts are written as that user).</param>
    /// <param name="keyValues">Remembers which file was imported last, per booklet and culture.</param>
    /// <param name="reader">The manuscript reader.</param>
    /// <param name="options">The importer's options (on/off).</param>
    /// <param name="logger">The logger.</param>
    public ManuscriptImportHandler(
        IManuscriptFiles files,
        IContentInstaller installer,
        IContentEditingService editing,
        IBackOfficeSecurityAccessor security,
        IKeyValueService keyValues,
        ManuscriptReader reader,
        IOptionsMonitor<ImportingOptions> options,
        ILogger<ManuscriptImportHandler> logger)
    {
        _options = options;
        _files = files;
        _installer = installer;
        _editing = editing;
        _security = security;
        _keyValues = keyValues;
        _reader = reader;
        _logger = logger;
    }

    /// <summary>The key-value entry that remembers the manuscript last imported into a booklet's culture.</summary>
    /// <param name="bookletKey">The booklet.</param>
    /// <param name="culture">The culture, or null.</param>
    /// <returns>The entry's key.</returns>
    internal static string MarkerKey(Guid bookletKey, string? culture) => $"Diplomatic.Importing.Manuscript.{bookletKey:N}.{culture ?? "invariant"}";

    /// <summary>The slug the booklet's imported items derive their keys from: the booklet's own key, so the same manuscript under two booklets makes two sets.</summary>
    /// <param name="bookletKey">The booklet.</param>
    /// <returns>The slug.</returns>
    internal static string SlugOf(Guid bookletKey) => "umbraco-" + bookletKey.ToString("N");

    /// <inheritdoc />
    public void Handle(ContentSavingNotification notification)
    {
        if (!_options.CurrentValue.ImportManuscriptOnSave)
        {
            return;
        }

        var pending = new List<PendingImport>();
        foreach (var booklet in notification.SavedEntities.Where(c => c.ContentType.Alias == DocumentTypeAliases.Booklet))
        {
            if (!booklet.Properties.TryGetValue(P.Booklet.Manuscript, out var manuscript) || manuscript is null)
            {
                continue;
            }

            var varies = manuscript.PropertyType.VariesByCulture();
            var cultures = varies ? booklet.AvailableCultures.Cast<string?>().ToList() : [null];
            foreach (var culture in cultures)
            {
                var path = ManuscriptFiles.PathOf(booklet.GetValue(P.Booklet.Manuscript, culture));
                if (path is null)
                {
                    continue;
                }

                // By content, not by path: Umbraco stores a re-upload of the same file name at the same path.
                var fingerprint = Fingerprint(path);
                if (fingerprint is not null && _keyValues.GetValue(MarkerKey(booklet.Key, culture)) == fingerprint)
                {
                    continue;
                }

                if (Read(booklet, culture, path, fingerprint, notification.Messages) is { } import)
                {
                    pending.Add(import);
                }
            }
        }

        if (pending.Count > 0)
        {
            notification.State[StateKey] = pending;
        }
    }

    /// <inheritdoc />
    public async Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken)
    {
        if (!notification.State.TryGetValue(StateKey, out var state) || state is not List<PendingImport> pending)
        {
            return;
        }

        foreach (var import in pending)
        {
            await ImportAsync(import, notification.Messages, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The marker of an uploaded file: its path and a SHA-256 of its bytes (streamed), or null when it is missing.</summary>
    private string? Fingerprint(string path)
    {
        using var stream = _files.Open(path);
        if (stream is null)
        {
            return null;
        }

        return path + "|sha256:" + Convert.ToHexString(SHA256.HashData(stream));
    }

    private PendingImport? Read(IContent booklet, string? culture, string path, string? fingerprint, EventMessages messages)
    {
        using var stream = _files.Open(path);
        if (stream is null)
        {
            messages.Add(new EventMessage(Category, $"The manuscript {path} was not found in the media files; nothing was imported.", EventMessageType.Warning));
            return null;
        }

        var draft = _reader.Read(stream, Path.GetFileName(path));
        if (culture is not null)
        {
            draft.Culture = culture;
        }

        if (draft.HasErrors)
        {
            messages.Add(new EventMessage(Category, $"The manuscript was not imported; fix it and save again.\n{Problems(draft)}", EventMessageType.Error));
            return null;
        }

        draft.ExplicitSlug = SlugOf(booklet.Key);
        var node = BookletContentMapper.Booklet(draft);
        var filled = new List<string>();
        foreach (var value in node.Values.Where(v => v.Alias != P.Publishing.Authors))
        {
            if (booklet.HasProperty(value.Alias) && string.IsNullOrWhiteSpace(booklet.GetValue(value.Alias, value.Culture)?.ToString()))
            {
                booklet.SetValue(value.Alias, value.Value, value.Culture);
                filled.Add(value.Alias);
            }
        }

        return new PendingImport(booklet.Key, culture, path, fingerprint ?? path, node, draft, filled);
    }

    private async Task ImportAsync(PendingImport import, EventMessages messages, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var parts = new List<ContentNode>();
        foreach (var child in import.Node.Children)
        {
            parts.Add(await WithExistingAuthorsAsync(child, notes).ConfigureAwait(false));
        }

        var result = await _installer.InstallAsync(
            parts,
            new ContentInstallRequest
            {
                Mode = ContentInstallMode.CreateOrUpdate,
                Publish = false,
                ParentKey = import.BookletKey,
                UserKey = _security.BackOfficeSecurity?.CurrentUser?.Key,
            },
            cancellationToken).ConfigureAwait(false);

        if (!result.Succeeded)
        {
            _logger.LogWarning("Manuscript {Path} for booklet {Booklet} was not imported: {Failure}", import.Path, import.BookletKey, result.Error);

            // When the installer could not undo everything, say exactly what needs a look instead of "nothing was changed".
            // The booklet's own empty fields were filled while it saved, so they stay: say so rather than "nothing".
            var kept = import.Filled.Count == 0
                ? "nothing was changed"
                : $"nothing below the booklet was changed (the booklet fields filled from it were saved with the booklet: {string.Join(", ", import.Filled)})";
            var failure = result.RollbackProblems.Count == 0
                ? $"The manuscript was not imported ({result.Error}); {kept}."
                : $"The manuscript was not imported ({result.Error}), and undoing it left something behind:\n{string.Join("\n", result.RollbackProblems)}";
            messages.Add(new EventMessage(Category, failure, EventMessageType.Error));
            return;
        }

        var names = Flatten(parts).ToDictionary(n => n.Key, n => n.Names.Values.First());
        var created = result.Created.Select(k => names[k]).ToList();
        var updated = result.Updated.Select(k => names[k]).ToList();
        _keyValues.SetValue(MarkerKey(import.BookletKey, import.Culture), import.Fingerprint);
        var text = new StringBuilder($"Imported {Path.GetFileName(import.Path)} as drafts: {created.Count} created, {updated.Count} updated.");
        if (created.Count > 0)
        {
            text.Append("\nCreated: ").AppendJoin(", ", created);
        }

        if (updated.Count > 0)
        {
            text.Append("\nUpdated: ").AppendJoin(", ", updated);
        }

        if (import.Filled.Count > 0)
        {
            text.Append("\nBooklet fields filled: ").AppendJoin(", ", import.Filled);
        }

        foreach (var note in notes.Distinct())
        {
            text.Append('\n').Append(note);
        }

        if (import.Draft.Problems.Count > 0)
        {
            text.Append('\n').Append(Problems(import.Draft));
        }

        messages.Add(new EventMessage(Category, text.ToString(), import.Draft.Problems.Count > 0 || notes.Count > 0 ? EventMessageType.Warning : EventMessageType.Success));
    }

    /// <summary>Keeps only the author links to authors that exist in Umbraco (the backoffice import does not create authors).</summary>
    private async Task<ContentNode> WithExistingAuthorsAsync(ContentNode node, List<string> notes)
    {
        var authors = node.Values.FirstOrDefault(v => v.Alias == P.Publishing.Authors);
        if (authors is null)
        {
            return node;
        }

        var kept = new List<Guid>();
        foreach (var key in StoredValues.ReadDocumentKeys(authors.Value))
        {
            if (await _editing.GetAsync(key).ConfigureAwait(false) is not null)
            {
                kept.Add(key);
            }
            else
            {
                notes.Add($"An author of \"{node.Names.Values.First()}\" is not in Umbraco yet: create the author and pick it on the article.");
            }
        }

        var values = node.Values.Where(v => v != authors).ToList();
        if (StoredValues.DocumentUdis(kept) is { } keptAuthors)
        {
            values.Add(authors with { Value = keptAuthors });
        }

        return node with { Values = values };
    }

    private static IEnumerable<ContentNode> Flatten(IEnumerable<ContentNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static string Problems(BookletDraft draft) => string.Join("\n", draft.Problems.Select(p => p.ToString()));

    private sealed record PendingImport(Guid BookletKey, string? Culture, string Path, string Fingerprint, ContentNode Node, BookletDraft Draft, List<string> Filled);
}
