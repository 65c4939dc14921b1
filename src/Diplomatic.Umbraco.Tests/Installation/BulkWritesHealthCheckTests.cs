using Diplomatic.Umbraco.Installation.HealthChecks;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.HealthChecks;

namespace Diplomatic.Umbraco.Tests.Installation;

public class BulkWritesHealthCheckTests
{
    private const string Secret = "Password=hunter2";

    [Theory]
    [InlineData("Data Source=/site/Umbraco.sqlite.db;Cache=Shared;Foreign Keys=True;Pooling=True;" + Secret, StatusResultType.Warning)]
    [InlineData("Data Source=/site/Umbraco.sqlite.db;cache = shared ;Pooling=True;" + Secret, StatusResultType.Warning)]
    [InlineData("Data Source=/site/Umbraco.sqlite.db;Cache=Private;Foreign Keys=True;Pooling=True;" + Secret, StatusResultType.Success)]
    [InlineData("Data Source=/site/Umbraco.sqlite.db;Foreign Keys=True;" + Secret, StatusResultType.Success)]
    public void SQLite_s_cache_mode_decides_the_status_and_the_message_never_quotes_the_connection_string(string connectionString, StatusResultType expected)
    {
        var status = BulkWritesHealthCheck.Check(new ConnectionStrings { ConnectionString = connectionString, ProviderName = "Microsoft.Data.Sqlite" });

        Assert.Equal(expected, status.ResultType);
        Assert.DoesNotContain("hunter2", status.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/site/", status.Message, StringComparison.Ordinal);
        if (expected == StatusResultType.Warning && connectionString.Contains("hared", StringComparison.Ordinal))
        {
            Assert.Contains("Cache=Private", status.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SQL_Server_needs_nothing()
    {
        var status = BulkWritesHealthCheck.Check(new ConnectionStrings { ConnectionString = "Server=.;Database=umbraco;Cache=Shared", ProviderName = "Microsoft.Data.SqlClient" });

        Assert.Equal(StatusResultType.Success, status.ResultType);
    }
}
