using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace Diplomatic.Umbraco.Tests.Installation;

public class DiplomaticInstallerTests
{
    private static readonly ContentSeed Sample = new("test-sample",
    [
        new ContentNode
        {
            Key = new Guid("20000000-0000-4000-8000-000000000001"),
            ContentTypeAlias = DocumentTypeAliases.Magazine,
            Names = new Dictionary<string, string> { ["en-US"] = "Sample magazine" },
        },
    ]);

    private readonly FakeSchemaSite _site = new();
    private readonly Mock<IContentInstaller> _contentInstaller = new();
    private readonly DiplomaticInstallationOptions _options = new();
    private readonly PackageMigrationSettings _packageMigrations = new() { RunSchemaAndContentMigrations = true };
    private readonly List<IContent> _rootContent = [];

    public DiplomaticInstallerTests()
    {
        _contentInstaller.Setup(c => c.InstallAsync(It.IsAny<IReadOnlyList<ContentNode>>(), It.IsAny<ContentInstallRequest?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ContentInstallResult { Succeeded = true, Created = [Sample.Roots[0].Key] });
    }

    [Fact]
    public async Task Installs_the_schema_and_then_the_seeds()
    {
        await Installer().RunAsync(CancellationToken.None);

        Assert.Equal(SchemaDefinition.Diplomatic.ComputeVersion(), _site.KeyValues[SchemaInstaller.VersionKey]);
        Assert.True(_site.ContentTypes.ContainsKey(DocumentTypeKeys.Magazine));
        _contentInstaller.Verify(c => c.InstallAsync(
            Sample.Roots,
            It.Is<ContentInstallRequest>(r => r.Mode == ContentInstallMode.CreateMissing && r.Publish),
            It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(_site.KeyValues.ContainsKey(DiplomaticInstaller.SeedKeyPrefix + Sample.Name));
    }

    [Fact]
    public async Task A_seed_is_installed_once()
    {
        await Installer().RunAsync(CancellationToken.None);
        await Installer().RunAsync(CancellationToken.None);

        _contentInstaller.Verify(c => c.InstallAsync(It.IsAny<IReadOnlyList<ContentNode>>(), It.IsAny<ContentInstallRequest?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_failed_seed_is_not_marked_and_is_tried_again_on_the_next_start()
    {
        _contentInstaller.Setup(c => c.InstallAsync(It.IsAny<IReadOnlyList<ContentNode>>(), It.IsAny<ContentInstallRequest?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ContentInstallResult { Succeeded = false, Error = "boom" });

        await Installer().RunAsync(CancellationToken.None);
        await Installer().RunAsync(CancellationToken.None);

        Assert.False(_site.KeyValues.ContainsKey(DiplomaticInstaller.SeedKeyPrefix + Sample.Name));
        _contentInstaller.Verify(c => c.InstallAsync(It.IsAny<IReadOnlyList<ContentNode>>(), It.IsAny<ContentInstallRequest?>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task An_unexpected_error_is_reported_as_incomplete_instead_of_failing_the_migration()
    {
        _contentInstaller.Setup(c => c.InstallAsync(It.IsAny<IReadOnlyList<ContentNode>>(), It.IsAny<ContentInstallRequest?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database is gone"));

        var outcome = await Installer().RunAsync(CancellationToken.None);

        Assert.Equal(InstallOutcome.Incomplete, outcome);
        Assert.False(_site.KeyValues.ContainsKey(DiplomaticInstaller.SeedKeyPrefix + Sample.Name));
    }

    [Fact]
    public async Task Cancellation_still_stops_the_install()
    {
        _contentInstaller.Setup(c => c.InstallAsync(It.IsAny<IReadOnlyList<ContentNode>>(), It.IsAny<ContentInstallRequest?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new OperationCanceledException());

        await Assert.ThrowsAsync<OperationCanceledException>(() => Installer().RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Seeds_wait_for_a_complete_schema()
    {
        _site.FailingCreates[DocumentTypeAliases.Article] = ContentTypeOperationStatus.DuplicatePropertyTypeAlias;

        await Installer().RunAsync(CancellationToken.None);

        Assert.False(_site.KeyValues.ContainsKey(SchemaInstaller.VersionKey));
        _contentInstaller.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Seed_content_can_be_turned_off_while_the_schema_is_still_installed()
    {
        _options.InstallSeedContent = false;

        await Installer().RunAsync(CancellationToken.None);

        Assert.True(_site.KeyValues.ContainsKey(SchemaInstaller.VersionKey));
        _contentInstaller.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_seed_is_not_installed_next_to_a_root_of_the_same_type_the_site_made_itself()
    {
        var own = ContentFactory.Content(DocumentTypeAliases.Magazine, "Our own magazine");

        _rootContent.Add(own);
        await Installer().RunAsync(CancellationToken.None);

        _contentInstaller.Verify(c => c.InstallAsync(It.IsAny<IReadOnlyList<ContentNode>>(), It.IsAny<ContentInstallRequest?>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.False(_site.KeyValues.ContainsKey(DiplomaticInstaller.SeedKeyPrefix + Sample.Name));

        // Once that root is gone (or when the root there is the seed's own, e.g. from uSync), the seed goes in.
        _rootContent.Clear();
        _rootContent.Add(ContentFactory.Content(DocumentTypeAliases.Magazine, "Sample magazine"));
        _rootContent[0].Key = Sample.Roots[0].Key;
        await Installer().RunAsync(CancellationToken.None);

        _contentInstaller.Verify(c => c.InstallAsync(Sample.Roots, It.IsAny<ContentInstallRequest?>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(_site.KeyValues.ContainsKey(DiplomaticInstaller.SeedKeyPrefix + Sample.Name));
    }

    [Fact]
    public async Task Roots_of_other_types_do_not_stop_a_seed()
    {
        _rootContent.Add(ContentFactory.Content(DocumentTypeAliases.Authors, "Authors"));

        await Installer().RunAsync(CancellationToken.None);

        _contentInstaller.Verify(c => c.InstallAsync(Sample.Roots, It.IsAny<ContentInstallRequest?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    public static TheoryData<string> OptOuts => new() { "Diplomatic:Installation:Enabled", "RunSchemaAndContentMigrations" };

    [Theory]
    [MemberData(nameof(OptOuts))]
    public async Task Each_opt_out_stops_everything(string optOut)
    {
        if (optOut == "RunSchemaAndContentMigrations")
        {
            _packageMigrations.RunSchemaAndContentMigrations = false;
        }
        else
        {
            _options.Enabled = false;
        }

        await Installer().RunAsync(CancellationToken.None);

        AssertNothingHappened();
    }

    private void AssertNothingHappened()
    {
        _site.KeyValueService.VerifyNoOtherCalls();
        Assert.Empty(_site.Log);
        Assert.Empty(_site.ContentTypes);
        _contentInstaller.VerifyNoOtherCalls();
    }

    private DiplomaticInstaller Installer()
    {
        var options = new Mock<IOptionsMonitor<DiplomaticInstallationOptions>>();
        options.Setup(o => o.CurrentValue).Returns(_options);
        return new DiplomaticInstaller(
            options.Object,
            Options.Create(_packageMigrations),
            _site.Installer(),
            SchemaDefinition.Diplomatic,
            _contentInstaller.Object,
            [Sample],
            _site.KeyValueService.Object,
            Mock.Of<IContentService>(c => c.GetRootContent() == _rootContent),
            NullLogger<DiplomaticInstaller>.Instance);
    }
}
