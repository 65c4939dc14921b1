using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Moq;
using Umbraco.Cms.Core.Services.OperationStatus;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Tests.Installation;

public class ContentInstallerTests
{
    private const string En = "en-US";
    private static readonly Guid MagazineKey = new("10000000-0000-4000-8000-000000000001");
    private static readonly Guid BookletKey = new("10000000-0000-4000-8000-000000000002");
    private static readonly Guid ArticleKey = new("10000000-0000-4000-8000-000000000003");
    private static readonly Guid FactBoxKey = new("10000000-0000-4000-8000-000000000004");

    /// <summary>A small real tree: magazine → booklet → (article, fact box), values as Umbraco stores them.</summary>
    private static ContentNode Tree(string bookletSubtitle = "Silver jubilee") => new()
    {
        Key = MagazineKey,
        ContentTypeAlias = T.Magazine,
        Names = new Dictionary<string, string> { [En] = "The Diplomatic Insight" },
        Values = [new(P.Magazine.Tagline, "Bilateral relations, in depth", En)],
        Children =
        [
            new ContentNode
            {
                Key = BookletKey,
                ContentTypeAlias = T.Booklet,
                Names = new Dictionary<string, string> { [En] = "Azerbaijan-Pakistan Relations" },
                Values =
                [
                    new(P.Booklet.Subtitle, bookletSubtitle, En),
                    new(P.Booklet.Publishers, "The Diplomatic Insight\nCentre for Strategic Studies", En),
                    new(P.Bilateral.Countries, """["Azerbaijan","Pakistan"]"""),
                    new(P.Bilateral.Topics, """["trade","energy"]"""),
                ],
                Children =
                [
                    new ContentNode
                    {
                        Key = ArticleKey,
                        ContentTypeAlias = T.Article,
                        Names = new Dictionary<string, string> { [En] = "Brothers in Arms" },
                        Values =
                        [
                            new(P.Article.Body, """{"markup":"<p>Since 1991.</p>","blocks":null}""", En),
                            new(P.Article.FactBoxes, $"umb://document/{FactBoxKey:N}"),
                        ],
                        PublishCultures = [En],
                    },
                    new ContentNode
                    {
                        Key = FactBoxKey,
                        ContentTypeAlias = T.FactBox,
                        Names = new Dictionary<string, string> { [En] = "Trade" },
                        Values =
                        [
                            new(P.FactBox.Headline, "Trade turnover", En),
                            new(P.FactBox.Statement, "Trade grew tenfold.", En),
                            new(P.FactBox.Figure, "7.3"),
                            new(P.FactBox.SourceLink, """[{"name":"Source","target":"_blank","udi":null,"url":"https://example.org/trade","queryString":null}]"""),
                        ],
                    },
                ],
            },
        ],
    };

    [Fact]
    public async Task Creates_the_tree_parent_before_child_with_keys_and_editor_values()
    {
        var site = new FakeContentSite();

        var result = await site.Installer().InstallAsync([Tree()]);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([MagazineKey, BookletKey, ArticleKey, FactBoxKey], result.Created);
        // The article picks a fact box written after it: Umbraco refuses a pick of a missing item, so the pick is set
        // in a second pass once the fact box exists.
        Assert.Equal([$"create {MagazineKey}", $"create {BookletKey}", $"create {ArticleKey}", $"create {FactBoxKey}", $"update {ArticleKey}"], site.Log);
        Assert.DoesNotContain(site.CreateModels[ArticleKey].Properties, p => p.Alias == P.Article.FactBoxes);
        Assert.Null(site.CreateModels[MagazineKey].ParentKey);
        Assert.Equal(MagazineKey, site.CreateModels[BookletKey].ParentKey);
        Assert.Equal(BookletKey, site.CreateModels[ArticleKey].ParentKey);
        Assert.Equal(DocumentTypeKeys.Booklet, site.CreateModels[BookletKey].ContentTypeKey);
        Assert.Equal("Azerbaijan-Pakistan Relations", site.Store[BookletKey].GetCultureName(En));

        object? Value(Guid key, string alias) => site.CreateModels[key].Properties.Concat(site.UpdateModels.Where(u => u.Key == key).SelectMany(u => u.Model.Properties))
            .First(p => p.Alias == alias).Value;
        Assert.Equal(["Azerbaijan", "Pakistan"], Assert.IsType<string[]>(Value(BookletKey, P.Bilateral.Countries)));
        Assert.Equal(["trade", "energy"], Assert.IsType<string[]>(Value(BookletKey, P.Bilateral.Topics)));
        Assert.Equal(["The Diplomatic Insight", "Centre for Strategic Studies"], Assert.IsType<string[]>(Value(BookletKey, P.Booklet.Publishers)));
        Assert.Equal("<p>Since 1991.</p>", Assert.IsType<JsonObject>(Value(ArticleKey, P.Article.Body))["markup"]!.GetValue<string>());
        var picked = Assert.IsType<JsonArray>(Value(ArticleKey, P.Article.FactBoxes));
        Assert.Equal("document", picked[0]!["type"]!.GetValue<string>());
        Assert.Equal(FactBoxKey.ToString("D"), picked[0]!["unique"]!.GetValue<string>());
        Assert.Equal(7.3m, Value(FactBoxKey, P.FactBox.Figure));
        var link = Assert.IsType<JsonArray>(Value(FactBoxKey, P.FactBox.SourceLink))[0]!;
        Assert.Equal(("external", "https://example.org/trade"), (link["type"]!.GetValue<string>(), link["url"]!.GetValue<string>()));
        Assert.Equal(En, site.CreateModels[BookletKey].Properties.Single(p => p.Alias == P.Booklet.Subtitle).Culture);
        Assert.Null(site.CreateModels[BookletKey].Properties.Single(p => p.Alias == P.Bilateral.Countries).Culture);
        Assert.Equal(2, site.CompletedScopes);
    }

    [Fact]
    public async Task Publishes_every_item_parent_first_once_all_are_written_when_asked()
    {
        var site = new FakeContentSite();

        var result = await site.Installer().InstallAsync([Tree()], new ContentInstallRequest { Publish = true });

        // Publishing validates the article's pick of the fact box as saving does, so it waits until the fact box exists.
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(
            [
                $"create {MagazineKey}", $"create {BookletKey}", $"create {ArticleKey}", $"create {FactBoxKey}",
                $"publish {MagazineKey} {En}", $"publish {BookletKey} {En}", $"update {ArticleKey}", $"publish {ArticleKey} {En}", $"publish {FactBoxKey} {En}",
            ],
            site.Log);
    }

    [Fact]
    public async Task A_tree_created_whole_is_published_as_one_branch_after_its_waiting_picks_are_set()
    {
        var site = new FakeContentSite();
        site.Options.BranchPublishing = true;

        var result = await site.Installer().InstallAsync([Tree()], new ContentInstallRequest { Publish = true });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(
            [$"create {MagazineKey}", $"create {BookletKey}", $"create {ArticleKey}", $"create {FactBoxKey}", $"update {ArticleKey}", $"publish branch {MagazineKey} {En}"],
            site.Log);
        site.Publishing.Verify(s => s.PublishAsync(It.IsAny<Guid>(), It.IsAny<ICollection<global::Umbraco.Cms.Core.Models.ContentPublishing.CulturePublishScheduleModel>>(), It.IsAny<Guid>()), Times.Never);
    }

    [Fact]
    public async Task An_item_its_branch_publish_refuses_fails_the_install_and_the_created_tree_is_deleted()
    {
        var site = new FakeContentSite();
        site.Options.BranchPublishing = true;
        site.FailingBranchItems.Add(FactBoxKey);

        var result = await site.Installer().InstallAsync([Tree()], new ContentInstallRequest { Publish = true });

        Assert.False(result.Succeeded);
        Assert.Equal(FactBoxKey, result.FailedKey);
        Assert.Contains("FailedPublishContentInvalid", result.Error, StringComparison.Ordinal);
        Assert.Empty(site.Store);
    }

    [Fact]
    public async Task A_tree_below_an_existing_item_is_published_item_by_item_even_with_branch_publishing()
    {
        var site = new FakeContentSite();
        site.Options.BranchPublishing = true;
        site.AddExisting(MagazineKey, T.Magazine, "The Diplomatic Insight", (P.Magazine.Tagline, "Bilateral relations, in depth", En));

        var result = await site.Installer().InstallAsync([Tree()], new ContentInstallRequest { Publish = true });

        Assert.True(result.Succeeded, result.Error);
        Assert.DoesNotContain(site.Log, l => l.StartsWith("publish branch", StringComparison.Ordinal));
        Assert.Contains($"publish {BookletKey} {En}", site.Log);
        Assert.Contains($"publish {FactBoxKey} {En}", site.Log);
    }

    [Fact]
    public async Task A_batch_whose_handlers_fail_after_its_commit_is_not_written_again_and_its_items_are_still_published()
    {
        var site = new FakeContentSite();
        site.Options.BatchSize = 2;
        site.HandlerFailuresAfterCommit = 1;

        var result = await site.Installer().InstallAsync([Tree()], new ContentInstallRequest { Publish = true });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([MagazineKey, BookletKey, ArticleKey, FactBoxKey], result.Created);
        Assert.Empty(result.Unchanged);
        Assert.Equal(1, site.CreateAttempts.Count(k => k == MagazineKey));
        Assert.All(result.Created, key => Assert.Contains($"publish {key} {En}", site.Log));
    }

    [Fact]
    public async Task A_pick_of_an_item_that_already_exists_is_written_at_once()
    {
        var site = new FakeContentSite();
        site.Options.BatchSize = 1;
        site.AddExisting(FactBoxKey, T.FactBox, "Trade turnover");

        var result = await site.Installer().InstallAsync([Tree()]);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(site.CreateModels[ArticleKey].Properties, p => p.Alias == P.Article.FactBoxes);
        Assert.Empty(site.UpdateModels);
        Assert.Equal(4, site.CompletedScopes); // one per item, no second pass
    }

    [Fact]
    public async Task Installing_again_leaves_existing_items_alone()
    {
        var site = new FakeContentSite();
        await site.Installer().InstallAsync([Tree()]);
        var writes = site.Log.Count;

        var result = await site.Installer().InstallAsync([Tree(bookletSubtitle: "Changed")]);

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(result.Created);
        Assert.Equal([MagazineKey, BookletKey, ArticleKey, FactBoxKey], result.Unchanged);
        Assert.Equal(writes, site.Log.Count);
        Assert.Equal("Silver jubilee", site.Store[BookletKey].GetValue(P.Booklet.Subtitle, En));
    }

    [Fact]
    public async Task A_failing_item_rolls_back_what_earlier_batches_created_children_first()
    {
        var site = new FakeContentSite();
        site.Options.BatchSize = 1;
        site.FailingCreates[FactBoxKey] = ContentEditingOperationStatus.NotAllowed;

        var result = await site.Installer().InstallAsync([Tree()]);

        Assert.False(result.Succeeded);
        Assert.Equal(FactBoxKey, result.FailedKey);
        Assert.Contains("'Trade'", result.Error);
        Assert.Contains("NotAllowed", result.Error);
        Assert.Empty(result.RollbackProblems);
        Assert.Empty(site.Store);
        Assert.Equal(
            [$"create {MagazineKey}", $"create {BookletKey}", $"create {ArticleKey}", $"delete {ArticleKey}", $"delete {BookletKey}", $"delete {MagazineKey}"],
            site.Log);
    }

    [Fact]
    public async Task A_failing_item_rolls_back_its_own_batch_through_the_scope()
    {
        var site = new FakeContentSite();
        site.FailingCreates[FactBoxKey] = ContentEditingOperationStatus.PropertyValidationError;

        var result = await site.Installer().InstallAsync([Tree()]);

        Assert.False(result.Succeeded);
        Assert.Empty(site.Store);
        Assert.Equal((0, 1), (site.CompletedScopes, site.RolledBackScopes));
        Assert.DoesNotContain(site.Log, l => l.StartsWith("delete", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nosuchField", "x", "field 'nosuchField': the type has no such property")]
    [InlineData(P.Bilateral.Countries, "[\"Azerbaijan\",", "field 'countries': Not valid JSON")]
    [InlineData(P.FactBox.Figure, "seven", "field 'figure'")]
    public async Task Bad_values_are_refused_before_anything_is_written(string alias, string value, string expected)
    {
        var site = new FakeContentSite();
        var tree = Tree();
        var factBox = tree.Children[0].Children[1];
        var broken = tree with
        {
            Children = [tree.Children[0] with { Children = [tree.Children[0].Children[0], factBox with { Values = [.. factBox.Values, new(alias, value)] }] }],
        };

        var result = await site.Installer().InstallAsync([broken]);

        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error);
        Assert.Contains("'The Diplomatic Insight' > 'Azerbaijan-Pakistan Relations' > 'Trade'", result.Error);
        Assert.Empty(site.CreateAttempts);
    }

    [Fact]
    public async Task A_transient_database_lock_retries_the_batch()
    {
        var site = new FakeContentSite();
        site.TransientFailures[ArticleKey] = 2;

        var result = await site.Installer().InstallAsync([Tree()]);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(3, site.CreateAttempts.Count(k => k == ArticleKey));
        Assert.Equal((2, 2), (site.CompletedScopes, site.RolledBackScopes));
        Assert.Equal(new[] { MagazineKey, BookletKey, ArticleKey, FactBoxKey }.Order(), site.Store.Keys.Order());
        Assert.Equal([MagazineKey, BookletKey, ArticleKey, FactBoxKey], result.Created);
    }

    [Fact]
    public async Task A_lock_that_does_not_clear_gives_up_after_the_bound_and_rolls_back()
    {
        var site = new FakeContentSite();
        site.Options.BatchSize = 1;
        site.Options.TransientRetries = 2;
        site.TransientFailures[ArticleKey] = int.MaxValue;

        var result = await site.Installer().InstallAsync([Tree()]);

        Assert.False(result.Succeeded);
        Assert.Equal(ArticleKey, result.FailedKey);
        Assert.Contains("locked", result.Error);
        Assert.Equal(3, site.CreateAttempts.Count(k => k == ArticleKey));
        Assert.Empty(site.Store);
    }

    [Fact]
    public async Task An_update_keeps_values_the_node_does_not_set_and_a_failure_restores_the_item()
    {
        var site = new FakeContentSite();
        site.AddExisting(BookletKey, T.Booklet, "Old name", (P.Booklet.Subtitle, "Old subtitle", En), (P.Booklet.Occasion, "The site's occasion", En));
        var booklet = Tree().Children[0] with { Children = [] };
        var request = new ContentInstallRequest { Mode = ContentInstallMode.CreateOrUpdate };

        var updated = await site.Installer().InstallAsync([booklet], request);

        Assert.True(updated.Succeeded, updated.Error);
        Assert.Equal([BookletKey], updated.Updated);
        Assert.Equal("Silver jubilee", site.Store[BookletKey].GetValue(P.Booklet.Subtitle, En));
        Assert.Equal("The site's occasion", site.Store[BookletKey].GetValue(P.Booklet.Occasion, En));
        Assert.Equal("Azerbaijan-Pakistan Relations", site.Store[BookletKey].GetCultureName(En));

        // Now a failing install of the same booklet with a child: the booklet goes back to how it was before.
        var before = site.Store[BookletKey].GetValue(P.Booklet.Subtitle, En);
        site.Options.BatchSize = 1;
        site.FailingCreates[ArticleKey] = ContentEditingOperationStatus.NotAllowed;
        var failing = Tree(bookletSubtitle: "Newer").Children[0] with { Children = [Tree().Children[0].Children[0]] };

        var failed = await site.Installer().InstallAsync([failing], request);

        Assert.False(failed.Succeeded);
        Assert.Equal(before, site.Store[BookletKey].GetValue(P.Booklet.Subtitle, En));
        Assert.Equal("The site's occasion", site.Store[BookletKey].GetValue(P.Booklet.Occasion, En));
        Assert.Equal("""["Azerbaijan","Pakistan"]""", site.Store[BookletKey].GetValue(P.Bilateral.Countries));
        Assert.False(site.Store.ContainsKey(ArticleKey));
    }
    [Fact]
    public async Task Writes_and_rollbacks_are_made_as_the_given_user_and_as_the_super_user_by_default()
    {
        var editor = new Guid("30000000-0000-4000-8000-000000000009");
        var site = new FakeContentSite();

        await site.Installer().InstallAsync([Tree()], new ContentInstallRequest { Publish = true });
        site.Editing.Verify(s => s.CreateAsync(It.IsAny<global::Umbraco.Cms.Core.Models.ContentEditing.ContentCreateModel>(), global::Umbraco.Cms.Core.Constants.Security.SuperUserKey), Times.Exactly(4));

        var other = new FakeContentSite();
        other.Options.BatchSize = 1;
        other.FailingCreates[FactBoxKey] = ContentEditingOperationStatus.NotAllowed;
        await other.Installer().InstallAsync([Tree()], new ContentInstallRequest { Publish = true, UserKey = editor });

        site.Publishing.Verify(s => s.PublishAsync(It.IsAny<Guid>(), It.IsAny<ICollection<global::Umbraco.Cms.Core.Models.ContentPublishing.CulturePublishScheduleModel>>(), global::Umbraco.Cms.Core.Constants.Security.SuperUserKey), Times.Exactly(4));
        other.Editing.Verify(s => s.CreateAsync(It.IsAny<global::Umbraco.Cms.Core.Models.ContentEditing.ContentCreateModel>(), editor), Times.Exactly(4));
        other.Publishing.Verify(s => s.PublishAsync(It.IsAny<Guid>(), It.IsAny<ICollection<global::Umbraco.Cms.Core.Models.ContentPublishing.CulturePublishScheduleModel>>(), It.IsAny<Guid>()), Times.Never);
        other.Editing.Verify(s => s.DeleteAsync(It.IsAny<Guid>(), editor), Times.Exactly(3));

        var third = new FakeContentSite();
        await third.Installer().InstallAsync([Tree()], new ContentInstallRequest { Publish = true, UserKey = editor });
        third.Editing.Verify(s => s.UpdateAsync(ArticleKey, It.IsAny<global::Umbraco.Cms.Core.Models.ContentEditing.ContentUpdateModel>(), editor), Times.Once);
        third.Publishing.Verify(s => s.PublishAsync(It.IsAny<Guid>(), It.IsAny<ICollection<global::Umbraco.Cms.Core.Models.ContentPublishing.CulturePublishScheduleModel>>(), editor), Times.Exactly(4));
        other.Editing.Verify(s => s.CreateAsync(It.IsAny<global::Umbraco.Cms.Core.Models.ContentEditing.ContentCreateModel>(), global::Umbraco.Cms.Core.Constants.Security.SuperUserKey), Times.Never);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_rollback_deletes_an_item_refused_while_picked_once_its_picker_is_gone_and_reports_it_if_never(bool alwaysReferenced)
    {
        var site = new FakeContentSite();
        site.Options.BatchSize = 1;
        site.AddExisting(BookletKey, T.Booklet, "Azerbaijan-Pakistan Relations");
        var eventKey = new Guid("10000000-0000-4000-8000-000000000005");
        var failing = new ContentNode { Key = eventKey, ContentTypeAlias = T.Event, Names = new Dictionary<string, string> { [En] = "Visit" } };
        site.FailingCreates[eventKey] = ContentEditingOperationStatus.PropertyValidationError;
        var deleteFactBox = site.Editing.Setup(s => s.DeleteAsync(FactBoxKey, It.IsAny<Guid>()));
        deleteFactBox.ReturnsAsync((Guid key, Guid user) =>
        {
            if (alwaysReferenced || site.Store.ContainsKey(ArticleKey))
            {
                return global::Umbraco.Cms.Core.Attempt.FailWithStatus<global::Umbraco.Cms.Core.Models.IContent?, ContentEditingOperationStatus>(ContentEditingOperationStatus.CannotDeleteWhenReferenced, null);
            }

            site.Store.Remove(key);
            site.Log.Add($"delete {key}");
            return global::Umbraco.Cms.Core.Attempt.SucceedWithStatus<global::Umbraco.Cms.Core.Models.IContent?, ContentEditingOperationStatus>(ContentEditingOperationStatus.Success, null);
        });
        var booklet = Tree().Children[0];

        var result = await site.Installer().InstallAsync([.. booklet.Children, failing], new ContentInstallRequest { ParentKey = BookletKey });

        Assert.False(result.Succeeded);
        if (alwaysReferenced)
        {
            Assert.Equal([$"delete {FactBoxKey}: CannotDeleteWhenReferenced"], result.RollbackProblems);
            Assert.Equal(new[] { BookletKey, FactBoxKey }.Order(), site.Store.Keys.Order());
        }
        else
        {
            Assert.Empty(result.RollbackProblems);
            Assert.Equal([BookletKey], site.Store.Keys);
            Assert.Equal([$"delete {ArticleKey}", $"delete {FactBoxKey}"], site.Log.Where(l => l.StartsWith("delete", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Cancelling_between_batches_rolls_back_and_stops()
    {
        var site = new FakeContentSite();
        site.Options.BatchSize = 1;
        using var cancellation = new CancellationTokenSource();
        site.Editing.Setup(s => s.GetAsync(ArticleKey)).Callback(cancellation.Cancel).ReturnsAsync((global::Umbraco.Cms.Core.Models.IContent?)null);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => site.Installer().InstallAsync([Tree()], cancellationToken: cancellation.Token));

        Assert.Empty(site.Store);
        Assert.DoesNotContain($"create {FactBoxKey}", site.Log);
    }
    [Fact]
    public async Task Invariant_items_are_named_and_published_under_the_invariant_culture()
    {
        var site = new FakeContentSite();
        var helper = new global::Umbraco.Cms.Core.Strings.DefaultShortStringHelper(new global::Umbraco.Cms.Core.Strings.DefaultShortStringHelperConfig());
        var page = new global::Umbraco.Cms.Core.Models.ContentType(helper, -1) { Key = Guid.NewGuid(), Alias = "contactPage", Name = "Contact page", AllowedAsRoot = true };
        page.AddPropertyType(new global::Umbraco.Cms.Core.Models.PropertyType(helper, "Umbraco.TextBox", global::Umbraco.Cms.Core.Models.ValueStorageType.Nvarchar, "title"), "content", "Content");
        site.ExtraTypes[page.Alias] = page;
        var key = Guid.NewGuid();
        var node = new ContentNode
        {
            Key = key, ContentTypeAlias = page.Alias, Names = new Dictionary<string, string> { [""] = "Contact" }, Values = [new("title", "Write to us")],
        };

        var result = await site.Installer().InstallAsync([node], new ContentInstallRequest { Publish = true });

        Assert.True(result.Succeeded, result.Error);
        var model = site.CreateModels[key];
        Assert.Equal((null, "Contact"), (Assert.Single(model.Variants).Culture, model.Variants.Single().Name));
        Assert.Null(Assert.Single(model.Properties).Culture);
        Assert.Contains($"publish {key} *", site.Log);

        var named = await site.Installer().InstallAsync([node with { Key = Guid.NewGuid(), Names = new Dictionary<string, string> { [En] = "Contact" } }]);
        Assert.Contains("one name under the empty culture", named.Error);
    }
}
