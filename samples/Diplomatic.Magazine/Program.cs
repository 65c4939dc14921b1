// The sample magazine front end. Start it with:
//   dotnet run --project samples/Diplomatic.Magazine -- --Diplomatic:DeliveryClient:BaseAddress=https://your-cms/
Diplomatic.Magazine.MagazineApp.Create(args).Run();
