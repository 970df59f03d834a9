console.log('exercice-coordonne: command-line tool under construction');
