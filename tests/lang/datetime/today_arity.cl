(datetime:today nil)
