using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Tests.Delivery;
using Microsoft.AspNetCore.Http;

namespace Diplomatic.Umbraco.Tests.Cli;

/// <summary><c>diplomatic booklet pdf</c>'s refusals (its PDF: Print/BookletPdfTests). None of them needs a browser.</summary>
public sealed class BookletPdfCommandTests : IAsyncLifetime
{
    private RecordedDeliveryApi _api = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _api = await RecordedDeliveryApi.StartAsync();
        _folder = Directory.CreateTempSubdirectory("diplomatic-pdf-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_booklet_the_site_does_not_have_is_one_line_and_exit_3_and_no_file()
    {
        _api.Handler = async (context, _) =>
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("{\"title\":\"Not Found\",\"status\":404}");
            return true;
        };
        var (exit, output, error) = Run("no-such-booklet", _api.BaseAddress.ToString());

        Assert.Equal(CliExitCodes.NotFound, exit);
        Assert.Equal($"no-such-booklet: error: {_api.BaseAddress} has no published booklet 'no-such-booklet' in en-US.", error.TrimEnd());
        Assert.Empty(output);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Without_chromium_the_error_names_the_apt_command_after_fetching_and_nothing_is_written()
    {
        var (exit, _, error) = Run(FirstBooklet.Slug, _api.BaseAddress.ToString(), "--chromium", Path.Combine(_folder, "no-chromium"));

        Assert.Equal(CliExitCodes.ProgramMissing, exit);
        Assert.StartsWith($"error: Headless Chromium is not installed at {Path.Combine(_folder, "no-chromium")}. Install Debian's browser with: apt-get update && apt-get install -y chromium", error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Equal(2, _api.Requests.Count);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData("ftp://cms.example.org/")]
    [InlineData("cms.example.org")]
    public void A_site_that_is_not_an_http_address_is_refused_before_any_request(string site)
    {
        var (exit, _, error) = Run(FirstBooklet.Slug, site);

        Assert.Equal(CliExitCodes.Usage, exit);
        Assert.Equal($"--site: error: '{site}' is not an http(s) address, e.g. https://cms.example.org/.", error.TrimEnd());
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public void An_api_that_fails_is_one_line_naming_the_site()
    {
        _api.Handler = (context, _) =>
        {
            context.Response.StatusCode = 401;
            return Task.FromResult(true);
        };
        var (exit, _, error) = Run(FirstBooklet.Slug, _api.BaseAddress.ToString());

        Assert.Equal(CliExitCodes.ServiceFailed, exit);
        Assert.StartsWith($"{FirstBooklet.Slug}: error: the Delivery API at {_api.BaseAddress} did not answer: ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [SkippableFact]
    public void An_output_that_cannot_be_written_is_one_line_and_exit_8_and_the_old_file_stays()
    {
        Print.PrintTools.Require(); // the write comes after a print
        // A folder where the PDF's temporary file should go: the write fails after the print, before the move.
        var target = Path.Combine(_folder, "booklet.pdf");
        File.WriteAllText(target, "the old edition");
        Directory.CreateDirectory(target + ".partial");
        var (exit, _, error) = Run(FirstBooklet.Slug, _api.BaseAddress.ToString());

        Assert.Equal(CliExitCodes.NotWritten, exit);
        Assert.StartsWith($"{target}: error: cannot write the PDF: ", error);
        Assert.Equal("the old edition", File.ReadAllText(target));
    }

    private (int Exit, string Output, string Error) Run(string slug, string site, params string[] more)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = DiplomaticCommand.Run(["booklet", "pdf", slug, "--site", site, "--out", Path.Combine(_folder, "booklet.pdf"), .. more], output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
