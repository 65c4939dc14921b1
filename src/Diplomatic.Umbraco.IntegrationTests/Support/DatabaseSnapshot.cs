using Microsoft.Data.Sqlite;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>
/// Every row of the tables that hold the schema, the content and its history, read straight from a site's SQLite file
/// (a second connection, so reading it changes nothing on the site): two snapshots differ exactly where something
/// was written between them.
/// </summary>
public sealed class DatabaseSnapshot
{
    /// <summary>The tables compared: schema, content, versions, property values, publishing, relations and the audit trail.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "umbracoNode", "umbracoDataType", "cmsContentType", "cmsContentType2ContentType", "cmsContentTypeAllowedContentType",
        "cmsPropertyTypeGroup", "cmsPropertyType", "umbracoContent", "umbracoContentVersion", "umbracoDocument",
        "umbracoDocumentVersion", "umbracoPropertyData", "umbracoContentVersionCultureVariation",
        "umbracoDocumentCultureVariation", "umbracoContentSchedule", "umbracoRelation", "umbracoLog", "umbracoAudit",
    ];

    private readonly Dictionary<string, IReadOnlyList<string>> _rows;

    private DatabaseSnapshot(Dictionary<string, IReadOnlyList<string>> rows) => _rows = rows;

    /// <summary>The rows of one table, each as its columns joined, in a stable order.</summary>
    public IReadOnlyList<string> this[string table] => _rows[table];

    /// <summary>Reads the tables of the site's database.</summary>
    public static DatabaseSnapshot Of(UmbracoSite site)
    {
        using var connection = new SqliteConnection($"Data Source={site.DatabaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var rows = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}")));
            }

            lines.Sort(StringComparer.Ordinal);
            rows[table] = lines;
        }

        return new DatabaseSnapshot(rows);
    }

    /// <summary>A value of Umbraco's key-value table, or null.</summary>
    public static string? KeyValue(UmbracoSite site, string key)
    {
        using var connection = new SqliteConnection($"Data Source={site.DatabaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM umbracoKeyValue WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Runs SQL on a stopped site's database (to make it look like an older install).</summary>
    public static void Execute(UmbracoSite site, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={site.DatabaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        if (command.ExecuteNonQuery() == 0)
        {
            throw new InvalidOperationException("The SQL changed nothing: " + sql);
        }
    }

    /// <summary>The rows of each table that are in one snapshot and not the other, as "table: - row" / "table: + row".</summary>
    public IReadOnlyList<string> Changes(DatabaseSnapshot later, params string[] tables)
    {
        var changes = new List<string>();
        foreach (var table in tables.Length == 0 ? Tables : tables)
        {
            var before = _rows[table].ToHashSet(StringComparer.Ordinal);
            var after = later._rows[table].ToHashSet(StringComparer.Ordinal);
            changes.AddRange(before.Except(after).Select(r => $"{table}: - {r}"));
            changes.AddRange(after.Except(before).Select(r => $"{table}: + {r}"));
        }

        return changes;
    }
}
