using System.Data;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace Diplomatic.Umbraco.Tests.Installation;

/// <summary>
/// An in-memory content tree behind Moq'd content editing, publishing and scope services, with the model's real
/// content types (from <see cref="ContentFactory"/>). Writes made in a scope that is not completed are rolled back
/// when it is disposed, as Umbraco's transaction would be.
/// </summary>
internal sealed class FakeContentSite
{
    private readonly List<Guid> _pending = [];
    private int _nextId = 2000;

    public FakeContentSite()
    {
        ContentTypeService.Setup(s => s.Get(It.IsAny<string>())).Returns((string alias) =>
            ExtraTypes.GetValueOrDefault(alias)
            ?? (DiplomaticContentModel.DocumentTypes.Any(t => t.Alias == alias) ? ContentFactory.ContentType(alias) : null));

        Editing.Setup(s => s.GetAsync(It.IsAny<Guid>())).ReturnsAsync((Guid key) => Store.GetValueOrDefault(key));
        Editing.Setup(s => s.CreateAsync(It.IsAny<ContentCreateModel>(), It.IsAny<Guid>())).ReturnsAsync((ContentCreateModel model, Guid user) =>
        {
            var key = model.Key!.Value;
            CreateAttempts.Add(key);
            if (TransientFailures.TryGetValue(key, out var left) && left > 0)
            {
                TransientFailures[key] = left - 1;
                throw new InvalidOperationException("SQLite Error 5: 'database is locked'.");
            }

            if (FailingCreates.TryGetValue(key, out var status))
            {
                return Attempt.FailWithStatus(status, new ContentCreateResult());
            }

            if (Store.ContainsKey(key))
            {
                return Attempt.FailWithStatus(ContentEditingOperationStatus.DuplicateKey, new ContentCreateResult());
            }

            var parent = model.ParentKey is { } parentKey ? Store.GetValueOrDefault(parentKey) : null;
            if (model.ParentKey is not null && parent is null)
            {
                return Attempt.FailWithStatus(ContentEditingOperationStatus.ParentNotFound, new ContentCreateResult());
            }

            var type = ExtraTypes.Values.FirstOrDefault(t => t.Key == model.ContentTypeKey)
                       ?? ContentFactory.ContentType(DiplomaticContentModel.DocumentTypes.Single(t => t.Key == model.ContentTypeKey).Alias);
            var content = new Content(model.Variants.First().Name, parent?.Id ?? Constants.System.Root, type) { Id = _nextId++, Key = key };
            Apply(content, model);
            Store[key] = content;
            Parents[key] = model.ParentKey;
            _pending.Add(key);
            Log.Add($"create {key}");
            CreateModels[key] = model;
            var invalid = MissingPicks(content, model);
            return invalid.Count == 0
                ? Attempt.SucceedWithStatus(ContentEditingOperationStatus.Success, new ContentCreateResult { Content = content })
                : Attempt.SucceedWithStatus(ContentEditingOperationStatus.PropertyValidationError, new ContentCreateResult { Content = content, ValidationResult = new ContentValidationResult { ValidationErrors = invalid } });
        });
        Editing.Setup(s => s.UpdateAsync(It.IsAny<Guid>(), It.IsAny<ContentUpdateModel>(), It.IsAny<Guid>())).ReturnsAsync((Guid key, ContentUpdateModel model, Guid user) =>
        {
            if (!Store.TryGetValue(key, out var content))
            {
                return Attempt.FailWithStatus(ContentEditingOperationStatus.NotFound, new ContentUpdateResult());
            }

            foreach (var property in content.Properties)
            {
                foreach (var value in property.Values.ToList())
                {
                    property.SetValue(null, value.Culture, value.Segment);
                }
            }

            Apply(content, model);
            Log.Add($"update {key}");
            UpdateModels.Add((key, model));
            var invalid = MissingPicks(content, model);
            return invalid.Count == 0
                ? Attempt.SucceedWithStatus(ContentEditingOperationStatus.Success, new ContentUpdateResult { Content = content })
                : Attempt.SucceedWithStatus(ContentEditingOperationStatus.PropertyValidationError, new ContentUpdateResult { Content = content, ValidationResult = new ContentValidationResult { ValidationErrors = invalid } });
        });
        Editing.Setup(s => s.DeleteAsync(It.IsAny<Guid>(), It.IsAny<Guid>())).ReturnsAsync((Guid key, Guid user) =>
        {
            if (!Store.Remove(key, out var content))
            {
                return Attempt.FailWithStatus<IContent?, ContentEditingOperationStatus>(ContentEditingOperationStatus.NotFound, null);
            }

            foreach (var child in Parents.Where(p => p.Value == key).Select(p => p.Key).ToList())
            {
                Store.Remove(child);
            }

            Log.Add($"delete {key}");
            return Attempt.SucceedWithStatus<IContent?, ContentEditingOperationStatus>(ContentEditingOperationStatus.Success, content);
        });

        Publishing.Setup(s => s.PublishAsync(It.IsAny<Guid>(), It.IsAny<ICollection<CulturePublishScheduleModel>>(), It.IsAny<Guid>()))
            .ReturnsAsync((Guid key, ICollection<CulturePublishScheduleModel> cultures, Guid user) =>
            {
                if (PickedKeys(Store[key]).Any(picked => !Store.ContainsKey(picked)))
                {
                    return Attempt.FailWithStatus(ContentPublishingOperationStatus.ContentInvalid, new ContentPublishingResult { Content = Store[key] });
                }

                Log.Add($"publish {key} {string.Join(",", cultures.Select(c => c.Culture))}");
                return Attempt.SucceedWithStatus(ContentPublishingOperationStatus.Success, new ContentPublishingResult { Content = Store[key] });
            });

        Content.Setup(s => s.GetById(It.IsAny<Guid>())).Returns((Guid key) => Store.GetValueOrDefault(key));
        Content.Setup(s => s.PublishBranch(It.IsAny<IContent>(), It.IsAny<PublishBranchFilter>(), It.IsAny<string[]>(), It.IsAny<int>()))
            .Returns((IContent root, PublishBranchFilter filter, string[] cultures, int user) =>
            {
                // As Umbraco: the root, then its descendants; an item that cannot be published cuts its branch.
                Log.Add($"publish branch {root.Key} {string.Join(",", cultures)}");
                var results = new List<PublishResult>();
                var pending = new Queue<Guid>([root.Key]);
                while (pending.Count > 0)
                {
                    var key = pending.Dequeue();
                    var refused = FailingBranchItems.Contains(key);
                    results.Add(new PublishResult(refused ? PublishResultType.FailedPublishContentInvalid : PublishResultType.SuccessPublish, new EventMessages(), Store[key]));
                    if (!refused)
                    {
                        foreach (var child in Parents.Where(p => p.Value == key && Store.ContainsKey(p.Key)).Select(p => p.Key))
                        {
                            pending.Enqueue(child);
                        }
                    }
                }

                return results;
            });

        Scopes.Setup(s => s.CreateCoreScope(
                It.IsAny<IsolationLevel>(), It.IsAny<RepositoryCacheMode>(), It.IsAny<IEventDispatcher?>(),
                It.IsAny<IScopedNotificationPublisher?>(), It.IsAny<bool?>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns(() =>
            {
                var completed = false;
                var scope = new Mock<ICoreScope>();
                scope.Setup(x => x.Complete()).Returns(() => completed = true);
                scope.Setup(x => x.Dispose()).Callback(() =>
                {
                    if (completed)
                    {
                        CompletedScopes++;
                    }
                    else
                    {
                        RolledBackScopes++;
                        foreach (var key in _pending)
                        {
                            Store.Remove(key);
                        }
                    }

                    _pending.Clear();
                    if (completed && HandlerFailuresAfterCommit > 0)
                    {
                        // As Umbraco's Scope.RobustExit: the transaction is committed, then a deferred notification's
                        // handler (a cache refresher writing its cache instruction) fails.
                        HandlerFailuresAfterCommit--;
                        throw new AggregateException(new InvalidOperationException("SQLite Error 6: 'database table is locked: umbracoCacheInstruction'."));
                    }
                });
                return scope.Object;
            });

        var editors = BuiltInDataTypes.ByKey.Values.Concat(DiplomaticContentModel.DataTypes).Select(d => d.EditorAlias).Distinct()
            .Select(alias =>
            {
                // As Umbraco 17's value editors give values back (seen on the real site): list editors as string
                // arrays, not their stored JSON or lines; labels read-only.
                var valueEditor = new Mock<IDataValueEditor>();
                valueEditor.Setup(v => v.IsReadOnly).Returns(alias == "Umbraco.Label");
                valueEditor.Setup(v => v.ToEditor(It.IsAny<IProperty>(), It.IsAny<string?>(), It.IsAny<string?>()))
                    .Returns((IProperty property, string? culture, string? segment) => ToEditor(alias, property.GetValue(culture, segment)));
                var editor = new Mock<IDataEditor>();
                editor.Setup(e => e.Alias).Returns(alias);
                editor.Setup(e => e.GetValueEditor()).Returns(valueEditor.Object);
                editor.Setup(e => e.GetValueEditor(It.IsAny<object?>())).Returns(valueEditor.Object);
                return editor.Object;
            })
            .ToList();
        PropertyEditors = new PropertyEditorCollection(new DataEditorCollection(() => editors));
    }

    public Dictionary<Guid, IContent> Store { get; } = [];

    // The fake keeps JSON values as JSON text; Umbraco's editors give them back parsed (lists as arrays).
    private static object? ToEditor(string editorAlias, object? stored) => (editorAlias, stored) switch
    {
        (_, string json) when json.TrimStart().StartsWith('[') || json.TrimStart().StartsWith('{') => System.Text.Json.Nodes.JsonNode.Parse(json),
        ("Umbraco.MultipleTextstring", string lines) => lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => stored,
    };

    /// <summary>Content types outside the model (e.g. an invariant one), by alias.</summary>
    public Dictionary<string, IContentType> ExtraTypes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<Guid, Guid?> Parents { get; } = [];

    public Dictionary<Guid, ContentCreateModel> CreateModels { get; } = [];

    public List<(Guid Key, ContentUpdateModel Model)> UpdateModels { get; } = [];

    public List<Guid> CreateAttempts { get; } = [];

    /// <summary>Every write in order: "create key", "update key", "delete key", "publish key cultures".</summary>
    public List<string> Log { get; } = [];

    public Dictionary<Guid, ContentEditingOperationStatus> FailingCreates { get; } = [];

    /// <summary>How many more completed scopes fail in a handler run after their commit.</summary>
    public int HandlerFailuresAfterCommit { get; set; }

    /// <summary>The items a branch publish refuses (as Umbraco does for invalid content).</summary>
    public HashSet<Guid> FailingBranchItems { get; } = [];

    /// <summary>How many more times creating an item throws "database is locked".</summary>
    public Dictionary<Guid, int> TransientFailures { get; } = [];

    public int CompletedScopes { get; private set; }

    public int RolledBackScopes { get; private set; }

    /// <summary>Item-by-item publishing through the fake publishing service unless a test turns branch publishing on.</summary>
    public DiplomaticInstallationOptions Options { get; } = new() { RetryDelayMilliseconds = 0, BranchPublishing = false };

    public Mock<IContentService> Content { get; } = new();

    public Mock<IUserIdKeyResolver> Users { get; } = new();

    public Mock<IContentTypeService> ContentTypeService { get; } = new();

    public Mock<IContentEditingService> Editing { get; } = new();

    public Mock<IContentPublishingService> Publishing { get; } = new();

    public Mock<ICoreScopeProvider> Scopes { get; } = new();

    public PropertyEditorCollection PropertyEditors { get; }

    public ContentInstaller Installer()
    {
        var options = new Mock<IOptionsMonitor<DiplomaticInstallationOptions>>();
        options.Setup(o => o.CurrentValue).Returns(Options);
        return new ContentInstaller(
            Editing.Object,
            Publishing.Object,
            ContentTypeService.Object,
            new Mock<IDataTypeService>().Object,
            PropertyEditors,
            Scopes.Object,
            Content.Object,
            Users.Object,
            options.Object,
            NullLogger<ContentInstaller>.Instance);
    }

    /// <summary>Adds an item the site already has, with stored values.</summary>
    public IContent AddExisting(Guid key, string alias, string name, params (string Alias, string Value, string? Culture)[] values)
    {
        var content = new Content(name, Constants.System.Root, ContentFactory.ContentType(alias)) { Id = _nextId++, Key = key };
        content.SetCultureName(name, ContentFactory.English);
        foreach (var (valueAlias, value, culture) in values)
        {
            content.SetValue(valueAlias, value, culture);
        }

        Store[key] = content;
        Parents[key] = null;
        return content;
    }

    /// <summary>
    /// Document-picker values that name an item the site does not have, reported as Umbraco 17's
    /// <c>MultiNodeTreePickerPropertyValueEditor.ContentTypeValidator</c> does ("missingContent"); the item is saved anyway.
    /// </summary>
    private List<global::Umbraco.Cms.Core.Models.ContentEditing.Validation.PropertyValidationError> MissingPicks(IContent content, ContentEditingModelBase model) =>
        model.Properties
            .Where(value => IsPicker(content, value.Alias) && value.Value is JsonArray picks
                            && picks.Any(pick => !Store.ContainsKey(Guid.Parse(pick!["unique"]!.GetValue<string>()))))
            .Select(value => new global::Umbraco.Cms.Core.Models.ContentEditing.Validation.PropertyValidationError
            {
                Alias = value.Alias, Culture = value.Culture, Segment = value.Segment, JsonPath = string.Empty, ErrorMessages = ["missingContent"],
            })
            .ToList();

    /// <summary>The keys an item's stored document-picker values name (publishing validates them as saving does).</summary>
    private static IEnumerable<Guid> PickedKeys(IContent content) =>
        content.Properties
            .Where(property => property.PropertyType.PropertyEditorAlias == "Umbraco.MultiNodeTreePicker")
            .SelectMany(property => property.Values)
            .Select(value => value.EditedValue as string)
            .Where(stored => !string.IsNullOrEmpty(stored) && stored.TrimStart().StartsWith('['))
            .SelectMany(stored => JsonNode.Parse(stored!)!.AsArray().Select(pick => Guid.Parse(pick!["unique"]!.GetValue<string>())));

    private static bool IsPicker(IContent content, string alias) =>
        content.Properties.TryGetValue(alias, out var property) && property!.PropertyType.PropertyEditorAlias == "Umbraco.MultiNodeTreePicker";

    /// <summary>Stores editor values as Umbraco's FromEditor would: lists and JSON as JSON text, toggles as 1/0.</summary>
    private static void Apply(IContent content, ContentEditingModelBase model)
    {
        foreach (var variant in model.Variants.Where(v => v.Culture is not null))
        {
            content.SetCultureName(variant.Name, variant.Culture);
        }

        foreach (var value in model.Properties)
        {
            var stored = value.Value switch
            {
                null => null,
                string s => s,
                string[] strings => JsonSerializer.Serialize(strings),
                JsonNode node => node.ToJsonString(),
                bool b => b ? "1" : "0",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            };
            content.SetValue(value.Alias, stored, value.Culture, value.Segment);
        }
    }
}
