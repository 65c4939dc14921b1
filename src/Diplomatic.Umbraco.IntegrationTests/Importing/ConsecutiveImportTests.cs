using System.Globalization;
using System.Text;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace Diplomatic.Umbraco.IntegrationTests.Importing;

/// <summary>
/// Editors import manuscripts one after another while Umbraco's background jobs run (the site has been up long
/// enough for them to start): every import is complete, in order and unpublished, and none waits on another.
/// A correctness test: how fast the imports are is measured in benchmarks/Diplomatic.Umbraco.RealSiteBenchmarks.
/// Its minutes-long stalls on SQLite had two causes: the test client's (fixed: RequestCompletedFirstHandler), and
/// Umbraco's InstructionProcessJob, which the test sites run every ten minutes rather than every five seconds.
/// </summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class ConsecutiveImportTests : IAsyncLifetime
{
    private const int Imports = 5;
    private const int Articles = 12;

    /// <summary>Generous: an import that waits on a database lock this long has dead-locked.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(5);

    private readonly RebootedSite _site;

    public ConsecutiveImportTests(RebootedSite site) => _site = site;

    public Task InitializeAsync() => _site.EnsureUrduAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Five_imports_in_a_row_each_create_every_part_as_a_draft_in_manuscript_order()
    {
        var text = Manuscript();
        for (var round = 1; round <= Imports; round++)
        {
            var booklet = await ManuscriptUploads.CreateBookletAsync(_site, $"Consecutive import {round}");

            var result = await ManuscriptUploads.SaveAsync(_site, booklet, "booklet.md", text).WaitAsync(Bound);

            Assert.Equal(ContentEditingOperationStatus.Success, result.Status);
            var message = Assert.Single(result.Messages, m => m.Category == "Manuscript");
            Assert.True(message.MessageType == EventMessageType.Success, $"import {round}: {message.Message}");
            var parts = ManuscriptUploads.Parts(booklet, "booklet.md", text);
            Assert.Contains($"{parts.Count} created", message.Message, StringComparison.Ordinal);
            var children = ManuscriptUploads.Children(_site, booklet);
            Assert.Equal(parts.Select(p => p.Key), children.Select(c => c.Key));
            Assert.All(children, c => Assert.False(c.Published, $"import {round}: {c.Name} was published"));
        }
    }

    /// <summary>A manuscript of <see cref="Articles"/> articles, each with a fact box and an event.</summary>
    private static string Manuscript()
    {
        var text = new StringBuilder("---\ntitle: Consecutive imports\ncountries: [Pakistan, Azerbaijan]\ntopics: [trade]\n---\n\n");
        for (var a = 1; a <= Articles; a++)
        {
            text.Append(CultureInfo.InvariantCulture, $"# Article {a} of the run\n\nStandfirst: Lead {a}.\n\n{string.Join(" ", Enumerable.Repeat("Word", 300))}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"```factbox\nheadline: Fact {a}\nstatement: Statement {a}.\n```\n\n");
            text.Append(CultureInfo.InvariantCulture, $"```event\ntitle: Event {a}\ndate: {1992 + a}\ntype: Other\nsummary: Event {a} happened.\n```\n\n");
        }

        return text.ToString();
    }
}
