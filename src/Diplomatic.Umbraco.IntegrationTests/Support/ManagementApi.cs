using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Security;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>
/// The site's Management API as the backoffice calls it: an API user (Umbraco's client-credentials users) in the
/// administrators group, a bearer token from the back-office token endpoint, over HTTPS (OpenIddict requires it).
/// </summary>
public sealed class ManagementApi : IDisposable
{
    private const string ClientId = "umbraco-back-office-integration-tests";
    private readonly HttpClient _http;

    private ManagementApi(HttpClient http) => _http = http;

    /// <summary>Creates the API user once per site and signs in.</summary>
    public static async Task<ManagementApi> SignInAsync(UmbracoSite site)
    {
        var secret = "It-" + Guid.NewGuid().ToString("N");
        var users = site.Get<IUserService>();
        var user = users.GetByEmail("integration-api@localhost.test");
        if (user is null)
        {
            var created = await users.CreateAsync(
                Constants.Security.SuperUserKey,
                new global::Umbraco.Cms.Core.Models.UserCreateModel
                {
                    Email = "integration-api@localhost.test",
                    UserName = "integration-api@localhost.test",
                    Name = "Integration tests",
                    Kind = UserKind.Api,
                    UserGroupKeys = new HashSet<Guid> { Constants.Security.AdminGroupKey },
                },
                approveUser: true);
            Assert.True(created.Success, $"the API user was refused: {created.Status}");
            user = created.Result.CreatedUser!;
        }

        var credentials = site.Get<IBackOfficeUserClientCredentialsManager>();
        await credentials.DeleteAsync(user.Key, ClientId);
        var saved = await credentials.SaveAsync(user.Key, ClientId, secret);
        Assert.True(saved.Success, $"the client credentials were refused: {saved.Result}");

        var http = site.CreateHttpsClient();
        using var token = await http.PostAsync("/umbraco/management/api/v1/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = secret,
        }));
        var body = await token.Content.ReadAsStringAsync();
        Assert.True(token.IsSuccessStatusCode, $"no token: {(int)token.StatusCode} {body}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonNode.Parse(body)!["access_token"]!.GetValue<string>());
        return new ManagementApi(http);
    }

    /// <summary>Uploads a file as the backoffice's upload field does (a temporary file), returning its id.</summary>
    public async Task<Guid> UploadTemporaryFileAsync(string fileName, string text)
    {
        var id = Guid.NewGuid();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(id.ToString()), "Id" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "File", fileName },
        };
        using var response = await _http.PostAsync("/umbraco/management/api/v1/temporary-file", form);
        Assert.True(response.IsSuccessStatusCode, $"temporary file refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return id;
    }

    /// <summary>PUTs a document update; returns the status and the <c>Umb-Notifications</c> header the backoffice shows.</summary>
    public async Task<(int Status, JsonArray Notifications, string Body)> UpdateDocumentAsync(Guid key, JsonObject model)
    {
        using var response = await _http.PutAsync($"/umbraco/management/api/v1/document/{key}", new StringContent(model.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var notifications = response.Headers.TryGetValues(Constants.Headers.Notifications, out var values)
            ? JsonNode.Parse(values.Single())!.AsArray()
            : [];
        return ((int)response.StatusCode, notifications, await response.Content.ReadAsStringAsync());
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
