using Diplomatic.Umbraco.ContentModel;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Importing.ReadingTime;

/// <summary>
/// Sets an article's read-only <c>readingTime</c> (minutes) from its body's words on every save, in each culture
/// the article has (the body and the reading time vary by culture).
/// </summary>
internal sealed class ReadingTimeHandler : INotificationHandler<ContentSavingNotification>
{
    private readonly IOptionsMonitor<ImportingOptions> _options;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The importer's options (words per minute, on/off).</param>
    public ReadingTimeHandler(IOptionsMonitor<ImportingOptions> options) => _options = options;

    /// <inheritdoc />
    public void Handle(ContentSavingNotification notification)
    {
        var options = _options.CurrentValue;
        if (!options.ComputeReadingTime)
        {
            return;
        }

        foreach (var content in notification.SavedEntities)
        {
            if (content.ContentType.Alias == DocumentTypeAliases.Article)
            {
                Apply(content, options.WordsPerMinute);
            }
        }
    }

    /// <summary>Computes and sets the reading time of an article in each of its cultures.</summary>
    /// <param name="content">The article.</param>
    /// <param name="wordsPerMinute">The reading speed.</param>
    internal static void Apply(IContent content, int wordsPerMinute)
    {
        if (!content.Properties.TryGetValue(PropertyAliases.Article.ReadingTime, out var readingTime) || readingTime is null
            || !content.Properties.TryGetValue(PropertyAliases.Article.Body, out var body) || body is null)
        {
            return;
        }

        var targetVaries = readingTime.PropertyType.VariesByCulture();
        var bodyVaries = body.PropertyType.VariesByCulture();
        var available = content.AvailableCultures.ToList();
        IEnumerable<string?> cultures = targetVaries && available.Count > 0 ? available.Cast<string?>() : [null];
        foreach (var culture in cultures)
        {
            var markup = StoredValues.ReadRichTextMarkup(content.GetValue(PropertyAliases.Article.Body, bodyVaries ? culture : null)?.ToString());
            var minutes = ReadingTimeCalculator.Minutes(markup, wordsPerMinute);
            if (!Equals(content.GetValue<int?>(PropertyAliases.Article.ReadingTime, culture), minutes))
            {
                content.SetValue(PropertyAliases.Article.ReadingTime, minutes, culture);
            }
        }
    }
}
