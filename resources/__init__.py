"""Icons, fonts, translations and styles shipped inside the installed package."""
