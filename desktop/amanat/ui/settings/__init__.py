"""The settings of the open vault and the dialogs reached from them."""
