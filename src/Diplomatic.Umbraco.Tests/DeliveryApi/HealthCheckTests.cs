using Diplomatic.Umbraco.DeliveryApi.HealthChecks;
using Diplomatic.Umbraco.DeliveryApi.Indexing;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.HealthChecks;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.Tests.DeliveryApi;

public class HealthCheckTests
{
    private readonly IContentIndexHandler _ours = new DiplomaticContentIndexHandler(Mock.Of<IEntityService>());

    [Fact]
    public void Without_AddDeliveryApi_the_check_says_the_api_is_not_running()
    {
        var status = Check(new NoopApiContentQueryService(), new DeliveryApiSettings { Enabled = true }, _ours)[0];

        Assert.Equal(StatusResultType.Error, status.ResultType);
        Assert.Contains("AddDeliveryApi()", status.Message);
    }

    [Fact]
    public void A_registered_but_disabled_api_is_an_error()
    {
        var status = Check(Mock.Of<IApiContentQueryService>(), new DeliveryApiSettings { Enabled = false }, _ours)[0];

        Assert.Equal(StatusResultType.Error, status.ResultType);
        Assert.Contains("Umbraco:CMS:DeliveryApi:Enabled", status.Message);
    }

    [Fact]
    public void A_running_api_is_a_success()
    {
        var status = Check(Mock.Of<IApiContentQueryService>(), new DeliveryApiSettings { Enabled = true }, _ours)[0];

        Assert.Equal(StatusResultType.Success, status.ResultType);
    }

    [Fact]
    public void An_allow_list_without_the_magazine_types_names_them()
    {
        var settings = new DeliveryApiSettings { Enabled = true };
        settings.AllowedContentTypeAliases.Add("homePage");
        settings.AllowedContentTypeAliases.Add("article");

        var status = Check(Mock.Of<IApiContentQueryService>(), settings, _ours)[1];

        Assert.Equal(StatusResultType.Warning, status.ResultType);
        Assert.Contains("booklet", status.Message);
        Assert.Contains("factBox", status.Message);
        Assert.DoesNotContain("article,", status.Message);
        Assert.Contains("AllowedContentTypeAliases", status.Message);
    }

    [Fact]
    public void A_disallowed_magazine_type_is_named()
    {
        var settings = new DeliveryApiSettings { Enabled = true };
        settings.DisallowedContentTypeAliases.Add("event");

        var status = Check(Mock.Of<IApiContentQueryService>(), settings, _ours)[1];

        Assert.Equal(StatusResultType.Warning, status.ResultType);
        Assert.Contains("event", status.Message);
        Assert.Contains("DisallowedContentTypeAliases", status.Message);
    }

    [Fact]
    public void All_types_served_is_a_success()
    {
        var status = Check(Mock.Of<IApiContentQueryService>(), new DeliveryApiSettings { Enabled = true }, _ours)[1];

        Assert.Equal(StatusResultType.Success, status.ResultType);
    }

    [Fact]
    public void A_missing_index_handler_is_an_error()
    {
        var status = Check(Mock.Of<IApiContentQueryService>(), new DeliveryApiSettings(), Mock.Of<IContentIndexHandler>())[2];

        Assert.Equal(StatusResultType.Error, status.ResultType);
        Assert.Contains("rebuild", status.Message);
    }

    [Fact]
    public void A_clashing_field_is_a_warning()
    {
        var other = new Mock<IContentIndexHandler>();
        other.Setup(h => h.GetFields()).Returns([new IndexField { FieldName = "diplomaticCountries", FieldType = FieldType.StringRaw, VariesByCulture = false }]);

        var status = Check(Mock.Of<IApiContentQueryService>(), new DeliveryApiSettings(), other.Object, _ours)[2];

        Assert.Equal(StatusResultType.Warning, status.ResultType);
        Assert.Contains("diplomaticCountries", status.Message);
    }

    [Fact]
    public void Without_indexed_magazine_items_the_fields_are_reported_with_the_rebuild_advice()
    {
        var status = DeliveryApiHealthCheck.Check(Mock.Of<IApiContentQueryService>(), new DeliveryApiSettings(), [_ours], () => new IndexProbe(0, 0))[2];

        Assert.Equal(StatusResultType.Info, status.ResultType);
        Assert.Contains("DeliveryApiContentIndex", status.Message);
    }

    [Fact]
    public void Indexed_items_without_the_plugins_fields_are_an_error_that_says_to_rebuild()
    {
        var status = DeliveryApiHealthCheck.Check(Mock.Of<IApiContentQueryService>(), new DeliveryApiSettings(), [_ours], () => new IndexProbe(20, 3))[2];

        Assert.Equal(StatusResultType.Error, status.ResultType);
        Assert.Contains("3 of 20", status.Message);
        Assert.Contains("Rebuild index", status.Message);
    }

    [Fact]
    public void Indexed_items_with_the_plugins_fields_are_healthy()
    {
        var status = DeliveryApiHealthCheck.Check(Mock.Of<IApiContentQueryService>(), new DeliveryApiSettings(), [_ours], () => new IndexProbe(20, 0))[2];

        Assert.Equal(StatusResultType.Success, status.ResultType);
    }

    [Fact]
    public async Task The_check_runs_through_Umbracos_entry_point_in_the_Diplomatic_group()
    {
        var monitor = Mock.Of<IOptionsMonitor<DeliveryApiSettings>>(m => m.CurrentValue == new DeliveryApiSettings());
        var check = new DeliveryApiHealthCheck(new NoopApiContentQueryService(), monitor, new ContentIndexHandlerCollection(() => [_ours]), Mock.Of<Examine.IExamineManager>());

        var statuses = (await check.GetStatusAsync()).ToArray();

        Assert.Equal(3, statuses.Length);
        Assert.Equal("Diplomatic", check.Group);
        Assert.Equal(Guid.Parse(DeliveryApiHealthCheck.CheckId), check.Id);
    }

    private static HealthCheckStatus[] Check(IApiContentQueryService queryService, DeliveryApiSettings settings, params IContentIndexHandler[] handlers) =>
        DeliveryApiHealthCheck.Check(queryService, settings, handlers);
}
