using System.Diagnostics;
using System.Text;
using Diplomatic.Umbraco.Benchmarks.Importing;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.RealSiteBenchmarks.Support;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.TemporaryFile;
using Umbraco.Cms.Core.Services;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.RealSiteBenchmarks.Importing;

/// <summary>One import of the 200-page manuscript into a new booklet's drafts.</summary>
internal sealed record ImportResult(int Round, int Parts, TimeSpan Elapsed, string Load)
{
    public double PartsPerSecond => Parts / Elapsed.TotalSeconds;
}

/// <summary>
/// Imports the generated 200-page manuscript (40 articles, 100 fact boxes, 100 events) as an editor does: the file
/// is uploaded as a temporary file and a new booklet is saved with it, which runs the plugin's import into drafts.
/// </summary>
internal static class ManuscriptImport
{
    public static async Task<ImportResult> RunAsync(BenchmarkSite site, int round)
    {
        var editing = site.Get<IContentEditingService>();
        var magazine = site.Get<IContentService>().GetRootContent().First(c => c.ContentType.Alias == T.Magazine).Key;
        var name = $"Imported booklet {round} {Guid.NewGuid():N}";
        var booklet = Guid.NewGuid();
        var created = await editing.CreateAsync(
            new ContentCreateModel { Key = booklet, ContentTypeKey = DiplomaticContentModel.Booklet.Key, ParentKey = magazine, Variants = [new VariantModel { Culture = "en-US", Name = name }] },
            Constants.Security.SuperUserKey);
        if (!created.Success)
        {
            throw new InvalidOperationException($"the booklet was not created: {created.Status}");
        }

        var text = ManuscriptGenerator.Markdown();
        var temporary = Guid.NewGuid();
        var uploaded = await site.Get<ITemporaryFileService>().CreateAsync(new CreateTemporaryFileModel
        {
            Key = temporary,
            FileName = "booklet.md",
            OpenReadStream = () => new MemoryStream(Encoding.UTF8.GetBytes(text)),
        });
        if (!uploaded.Success)
        {
            throw new InvalidOperationException($"the temporary file was refused: {uploaded.Status}");
        }

        var messages = site.Get<IEventMessagesFactory>().Get();
        var before = messages.GetAll().Count();
        var load = Machine.Load();
        var watch = Stopwatch.StartNew();
        var saved = await editing.UpdateAsync(
            booklet,
            new ContentUpdateModel
            {
                Variants = [new VariantModel { Culture = "en-US", Name = name }],
                Properties = [new PropertyValueModel { Alias = P.Booklet.Manuscript, Culture = "en-US", Value = new System.Text.Json.Nodes.JsonObject { ["src"] = $"blob:https://localhost/{Guid.NewGuid()}", ["temporaryFileId"] = temporary.ToString() } }],
            },
            Constants.Security.SuperUserKey);
        watch.Stop();
        var message = messages.GetAll().Skip(before).FirstOrDefault(m => m.Category == "Manuscript");
        if (!saved.Success || message is null || message.MessageType == EventMessageType.Error)
        {
            throw new InvalidOperationException($"the import failed ({saved.Status}): {message?.Message ?? "no message"}");
        }

        var content = site.Get<IContentService>();
        var parts = (int)content.CountChildren(content.GetById(booklet)!.Id);
        return new ImportResult(round, parts, watch.Elapsed, load);
    }
}
