// This project's database and application.yml, as every project with a database gets them.
return evaluate(new File(itDirectory, 'create-database.groovy'))
