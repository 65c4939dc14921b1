// The `dotnet new umbraco` template's Program.cs, with the Delivery API added.
// The Diplomatic plugin registers itself through its composers (AddComposers); calling
// builder.AddDiplomaticInstallation(o => ...) here as well would win over the composer.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// The committed Development profile carries a clearly local-only admin password; refuse it anywhere else.
const string LocalOnlyPassword = "local-dev-only-Diplomatic-1!";
if (!builder.Environment.IsDevelopment()
    && builder.Configuration["Umbraco:CMS:Unattended:UnattendedUserPassword"] == LocalOnlyPassword)
{
    throw new InvalidOperationException(
        "The local-only admin password is configured outside Development. Set Umbraco__CMS__Unattended__UnattendedUserPassword.");
}

builder.CreateUmbracoBuilder()
    .AddBackOffice()
    .AddWebsite()
    .AddDeliveryApi()
    .AddComposers()
    .Build();

WebApplication app = builder.Build();

await app.BootUmbracoAsync();

app.UseUmbraco()
    .WithMiddleware(u =>
    {
        u.UseBackOffice();
        u.UseWebsite();
    })
    .WithEndpoints(u =>
    {
        u.UseBackOfficeEndpoints();
        u.UseWebsiteEndpoints();
    });

await app.RunAsync();
