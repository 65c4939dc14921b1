namespace Diplomatic.Umbraco.TestSite;

/// <summary>The `dotnet new umbraco` Program.cs with the Delivery API; the plugin comes in through its composers.</summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Boots the site.</summary>
    /// <param name="args">Command-line settings.</param>
    /// <returns>The run.</returns>
    public static async Task Main(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

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
    }
}
