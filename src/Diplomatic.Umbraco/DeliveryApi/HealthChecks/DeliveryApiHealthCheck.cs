using Diplomatic.Umbraco.DeliveryApi.Configuration;
using Diplomatic.Umbraco.DeliveryApi.Indexing;
using Examine;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.HealthChecks;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.DeliveryApi.HealthChecks;

/// <summary>
/// Health check (Settings › Health Check › Diplomatic): is the Delivery API really running, are the magazine's types
/// served, and are the plugin's index fields defined. Each failing item says how to fix it. Umbraco finds it by type
/// scanning.
/// </summary>
[HealthCheck(CheckId, "Diplomatic Delivery API", Description = "Checks that the Delivery API is on, serves the magazine's types and indexes the plugin's fields.", Group = "Diplomatic")]
public sealed class DeliveryApiHealthCheck : HealthCheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "b8f1d7a4-6c1e-4f0e-9d8b-2b7c5a0e6f31";

    private readonly IApiContentQueryService _queryService;
    private readonly IOptionsMonitor<DeliveryApiSettings> _settings;
    private readonly ContentIndexHandlerCollection _indexHandlers;
    private readonly IExamineManager _examine;

    /// <summary>Creates the check (Umbraco does this).</summary>
    /// <param name="queryService">The Delivery API's query service: Core's no-op one until the host calls <c>AddDeliveryApi()</c>.</param>
    /// <param name="settings">The Delivery API settings.</param>
    /// <param name="indexHandlers">The index handlers Umbraco found.</param>
    /// <param name="examine">Examine, to look into the Delivery API's index.</param>
    public DeliveryApiHealthCheck(
        IApiContentQueryService queryService,
        IOptionsMonitor<DeliveryApiSettings> settings,
        ContentIndexHandlerCollection indexHandlers,
        IExamineManager examine)
    {
        _queryService = queryService;
        _settings = settings;
        _indexHandlers = indexHandlers;
        _examine = examine;
    }

    /// <inheritdoc />
    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync() =>
        Task.FromResult<IEnumerable<HealthCheckStatus>>(Check(_queryService, _settings.CurrentValue, _indexHandlers, ProbeIndex));

    /// <inheritdoc />
    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) =>
        new("This check has no automatic fix: follow the advice in its messages.") { ResultType = StatusResultType.Info };

    /// <summary>Runs the three checks.</summary>
    /// <param name="queryService">The registered query service.</param>
    /// <param name="settings">The current Delivery API settings.</param>
    /// <param name="indexHandlers">The registered index handlers.</param>
    /// <param name="probe">Looks into the index (see <see cref="ProbeIndex"/>); null when it cannot be read.</param>
    /// <returns>One status per check.</returns>
    internal static HealthCheckStatus[] Check(IApiContentQueryService queryService, DeliveryApiSettings settings, IEnumerable<IContentIndexHandler> indexHandlers, Func<IndexProbe?>? probe = null) =>
        [ApiStatus(queryService, settings), TypesStatus(settings), IndexStatus(indexHandlers, probe)];

    /// <summary>
    /// How many indexed articles, fact boxes and events were sampled, and how many of them lack the plugin's
    /// fields (indexed before the plugin was installed or upgraded): null when the index is not there.
    /// </summary>
    private IndexProbe? ProbeIndex()
    {
        if (!_examine.TryGetIndex(global::Umbraco.Cms.Core.Constants.UmbracoIndexes.DeliveryApiContentIndexName, out var index))
        {
            return null;
        }

        // The booklet's parts: the plugin gives every one of them its key field.
        var results = index.Searcher.CreateQuery()
            .GroupedOr([ContentTypeField], [ContentModel.DocumentTypeAliases.Article, ContentModel.DocumentTypeAliases.FactBox, ContentModel.DocumentTypeAliases.Event])
            .Execute(new Examine.Search.QueryOptions(0, 200));
        var sampled = results.ToList();
        return new IndexProbe(sampled.Count, sampled.Count(r => !r.Values.ContainsKey(DiplomaticIndexFields.Key)));
    }

    private const string ContentTypeField = "contentType";

    private static HealthCheckStatus ApiStatus(IApiContentQueryService queryService, DeliveryApiSettings settings)
    {
        if (queryService is NoopApiContentQueryService)
        {
            return Status(
                StatusResultType.Error,
                "The Delivery API is not running: the host never called AddDeliveryApi(), so Umbraco answers every query with its no-op service. "
                + "Add .AddDeliveryApi() to the CreateUmbracoBuilder() chain in Program.cs (package Umbraco.Cms.Api.Delivery) and restart.");
        }

        if (!settings.Enabled)
        {
            return Status(
                StatusResultType.Error,
                "The Delivery API is registered but switched off. Set Umbraco:CMS:DeliveryApi:Enabled to true and restart.");
        }

        return Status(
            StatusResultType.Success,
            settings.PublicAccess
                ? "The Delivery API is on and public; drafts need the Api-Key header with Preview: true."
                : "The Delivery API is on; every request needs the Api-Key header.");
    }

    private static HealthCheckStatus TypesStatus(DeliveryApiSettings settings)
    {
        var blocked = DeliveryApiAllowList.ContentTypeAliases.Where(alias => !settings.IsAllowedContentType(alias)).ToArray();
        if (blocked.Length == 0)
        {
            return Status(StatusResultType.Success, "The Delivery API serves all of the magazine's types: " + string.Join(", ", DeliveryApiAllowList.ContentTypeAliases) + ".");
        }

        var fix = settings.AllowedContentTypeAliases.Count > 0
            ? "add them to Umbraco:CMS:DeliveryApi:AllowedContentTypeAliases (or set Diplomatic:DeliveryApi:AddContentTypesToAllowList to true)"
            : "remove them from Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases";
        return Status(
            StatusResultType.Warning,
            $"The Delivery API does not serve {string.Join(", ", blocked)}: {fix}, restart, then rebuild the DeliveryApiContentIndex (Settings › Examine Management).");
    }

    private static HealthCheckStatus IndexStatus(IEnumerable<IContentIndexHandler> indexHandlers, Func<IndexProbe?>? probe)
    {
        var ours = DiplomaticContentIndexHandler.DefinedFields.Select(f => f.FieldName).ToArray();
        var handlers = indexHandlers.ToArray();
        if (!handlers.OfType<DiplomaticContentIndexHandler>().Any())
        {
            return Status(
                StatusResultType.Error,
                "Umbraco did not load the plugin's index handler, so the country, topic, author, booklet, date and related queries find nothing. "
                + "Check that Diplomatic.Umbraco.dll is deployed and that type scanning is not restricted, then rebuild the DeliveryApiContentIndex.");
        }

        var found = probe?.Invoke();
        if (found is { Missing: > 0 } stale)
        {
            return Status(
                StatusResultType.Error,
                $"{stale.Missing} of {stale.Sampled} indexed magazine items were indexed without the plugin's fields (before it was installed or upgraded), so its filters miss them. "
                + "Rebuild the index: Settings › Examine Management › DeliveryApiContentIndex › Rebuild index.");
        }

        var clashes = handlers
            .Where(h => h is not DiplomaticContentIndexHandler)
            .SelectMany(h => h.GetFields())
            .Select(f => f.FieldName)
            .Intersect(ours, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (clashes.Length > 0)
        {
            return Status(
                StatusResultType.Warning,
                $"Another index handler also writes {string.Join(", ", clashes)}; Umbraco keeps the first handler's value. Rename that handler's fields and rebuild the DeliveryApiContentIndex.");
        }

        if (found is null or { Sampled: 0 })
        {
            return Status(
                StatusResultType.Info,
                $"The plugin's index fields are defined ({string.Join(", ", ours)}); no magazine item is in the DeliveryApiContentIndex yet to check them on. "
                + "If the plugin's filters return nothing once there is content, rebuild it: Settings › Examine Management › DeliveryApiContentIndex › Rebuild index.");
        }

        return Status(
            StatusResultType.Success,
            $"The plugin's index fields are defined ({string.Join(", ", ours)}) and the {found.Sampled} indexed magazine items looked at carry them.");
    }

    private static HealthCheckStatus Status(StatusResultType type, string message) => new(message) { ResultType = type };
}

/// <summary>What the health check found in the index.</summary>
/// <param name="Sampled">Indexed documents of the magazine's types looked at.</param>
/// <param name="Missing">Of those, the ones without the plugin's fields.</param>
internal sealed record IndexProbe(int Sampled, int Missing);
