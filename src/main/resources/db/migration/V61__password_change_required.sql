-- Set while the account's password is a temporary one an instructor issued: until the person chooses their own,
-- they can use only the profile page. Accounts that exist now keep working as before.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
