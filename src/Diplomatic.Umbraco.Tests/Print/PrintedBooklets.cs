using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Tests.Delivery;
using Diplomatic.Umbraco.Tests.Magazine;
using Diplomatic.Umbraco.Print;

namespace Diplomatic.Umbraco.Tests.Print;

/// <summary>
/// The first booklet printed twice from the recorded (real) Delivery API responses: the English edition on A4 by the
/// CLI (<c>diplomatic booklet pdf</c>), the Urdu edition on US Letter by the magazine (<c>/booklets/{slug}.pdf</c>).
/// Printed once for all the tests of the class; nothing is printed when Chromium or poppler-utils is missing.
/// </summary>
public sealed class PrintedBooklets : IAsyncLifetime
{
    private StartedMagazine? _magazine;

    public RecordedDeliveryApi Api { get; private set; } = null!;

    public string EnglishPdf { get; } = Path.Combine(PrintTools.ArtifactsFolder, "booklet-en-US-a4.pdf");

    public string UrduPdf { get; } = Path.Combine(PrintTools.ArtifactsFolder, "booklet-ur-PK-letter.pdf");

    public string CliOutput { get; private set; } = string.Empty;

    public string CliError { get; private set; } = string.Empty;

    public int CliExit { get; private set; } = -1;

    public IReadOnlyList<ReceivedRequest> CliRequests { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Api = await RecordedDeliveryApi.StartAsync();
        if (PrintTools.Missing is not null)
        {
            return;
        }

        Directory.CreateDirectory(PrintTools.ArtifactsFolder);
        File.Delete(EnglishPdf);
        File.Delete(UrduPdf);

        using var output = new StringWriter();
        using var error = new StringWriter();
        Api.ClearRequests();
        CliExit = DiplomaticCommand.Run(["booklet", "pdf", FirstBooklet.Slug, "--site", Api.BaseAddress.ToString(), "--out", EnglishPdf], output, error);
        CliOutput = output.ToString();
        CliError = error.ToString();
        CliRequests = Api.Requests;

        _magazine = await MagazineHost.StartAsync(Api.BaseAddress);
        using var response = await _magazine.Http.GetAsync($"booklets/{FirstBooklet.Slug}.pdf?culture=ur-PK&paper=letter");
        Assert.True(response.IsSuccessStatusCode, $"The magazine answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        await File.WriteAllBytesAsync(UrduPdf, await response.Content.ReadAsByteArrayAsync());
    }

    public async Task DisposeAsync()
    {
        if (_magazine is not null)
        {
            await _magazine.DisposeAsync();
        }

        await Api.DisposeAsync();
    }
}
